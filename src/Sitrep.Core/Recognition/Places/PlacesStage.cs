using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;

namespace Sitrep.Recognition.Places;

/// <summary>The places layer: every place the text names, recognised from context (resolution by the gazetteer comes on top).</summary>
public sealed class PlacesStage : IStage
{
    private readonly ToponymRecognizer recognizer = new();

    public string Name => "places";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens, ActorLayers.Actors, PeopleLayers.People];

    public IReadOnlyList<LayerKey> Produces => [PlaceLayers.Places];

    public Document Run(Document document, CancellationToken cancellationToken) =>
        document.With(PlaceLayers.Places, recognizer.Recognize(document.Text, document.Get(Layers.Sentences), document.Get(Layers.Tokens), document.Get(ActorLayers.Actors), document.Get(PeopleLayers.People), cancellationToken));
}

/// <summary>The places layer's key and registration.</summary>
public static class PlaceLayers
{
    public static readonly LayerKey<ImmutableArray<ToponymMention>> Places = new("places");

    public static PipelineBuilder UsePlaces(this PipelineBuilder builder)
    {
        if (!builder.Has(ActorLayers.Actors))
        {
            builder.UseActors();
        }

        if (!builder.Has(PeopleLayers.People))
        {
            builder.UsePeople();
        }

        return builder.Use(new PlacesStage());
    }
}
