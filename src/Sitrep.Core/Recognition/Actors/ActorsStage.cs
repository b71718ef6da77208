using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Recognition.Actors;

/// <summary>The actors layer: every mention of a fighting party, government, monitor or outlet.</summary>
public sealed class ActorsStage(ActorDictionary dictionary) : IStage
{
    private readonly ActorRecognizer recognizer = new(dictionary);

    public string Name => "actors";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens];

    public IReadOnlyList<LayerKey> Produces => [ActorLayers.Actors];

    public Document Run(Document document, CancellationToken cancellationToken) =>
        document.With(ActorLayers.Actors, recognizer.Recognize(document.Text, document.Get(Layers.Sentences), document.Get(Layers.Tokens), cancellationToken));
}

/// <summary>The actors layer's key and registration.</summary>
public static class ActorLayers
{
    public static readonly LayerKey<ImmutableArray<ActorMention>> Actors = new("actors");

    public static PipelineBuilder UseActors(this PipelineBuilder builder, ActorDictionary? dictionary = null) =>
        builder.Use(new ActorsStage(dictionary ?? ActorDictionary.Default));
}
