using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;

namespace Sitrep.Claims.Attribution;

/// <summary>The attribution layer: who asserts each sentence, and the hedging and negation words.</summary>
public sealed class AttributionStage : IStage
{
    private readonly AttributionResolver resolver = new();

    public string Name => "attribution";

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned, Layers.Sentences, Layers.Tokens, ActorLayers.Actors, PeopleLayers.People];

    public IReadOnlyList<LayerKey> Produces => [AttributionLayers.Attribution];

    public Document Run(Document document, CancellationToken cancellationToken) =>
        document.With(AttributionLayers.Attribution, resolver.Resolve(
            document.Text,
            document.Get(Layers.Cleaned),
            document.Get(Layers.Sentences),
            document.Get(Layers.Tokens),
            document.Get(ActorLayers.Actors),
            document.Get(PeopleLayers.People),
            cancellationToken));
}

/// <summary>The attribution layer's key and registration.</summary>
public static class AttributionLayers
{
    public static readonly LayerKey<AttributionLayer> Attribution = new("attribution");

    public static PipelineBuilder UseAttribution(this PipelineBuilder builder) => builder.Use(new AttributionStage());
}
