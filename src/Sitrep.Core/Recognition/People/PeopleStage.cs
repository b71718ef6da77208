using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;

namespace Sitrep.Recognition.People;

/// <summary>The people layer: who is named and the organisation each speaks for (what claims use as their source).</summary>
public sealed class PeopleStage(PeopleDirectory directory) : IStage
{
    private readonly PeopleRecognizer recognizer = new(directory);

    public string Name => "people";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens, ActorLayers.Actors];

    public IReadOnlyList<LayerKey> Produces => [PeopleLayers.People];

    public Document Run(Document document, CancellationToken cancellationToken) =>
        document.With(PeopleLayers.People, recognizer.Recognize(document.Text, document.Get(Layers.Sentences), document.Get(Layers.Tokens), document.Get(ActorLayers.Actors), cancellationToken));
}

/// <summary>The people layer's key and registration.</summary>
public static class PeopleLayers
{
    public static readonly LayerKey<ImmutableArray<PersonMention>> People = new("people");

    public static PipelineBuilder UsePeople(this PipelineBuilder builder, PeopleDirectory? directory = null) =>
        builder.Use(new PeopleStage(directory ?? PeopleDirectory.Default));
}
