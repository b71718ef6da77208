using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The places layer: every place the text names — the gazetteer's names found in one pass and the
/// names the context rules find (<see cref="ToponymRecognizer"/>) — each resolved to a gazetteer
/// entry (<see cref="ToponymResolver"/>); a place the gazetteer does not know keeps its span with
/// null coordinates. The gazetteer is loaded on the first document, once per process.
/// </summary>
public sealed class PlacesStage : IStage
{
    private readonly ToponymRecognizer recognizer = new();
    private readonly Lazy<PlaceIndex> index;
    private readonly PlacesOptions options;

    /// <summary>A places stage over the given index (its gazetteer and matcher).</summary>
    public PlacesStage(PlaceIndex index, PlacesOptions? options = null)
        : this(new Lazy<PlaceIndex>(index), options)
    {
        ArgumentNullException.ThrowIfNull(index);
    }

    private PlacesStage(Lazy<PlaceIndex> index, PlacesOptions? options)
    {
        this.index = index;
        this.options = options ?? PlacesOptions.Default;
    }

    public string Name => "places";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens, ActorLayers.Actors, PeopleLayers.People];

    public IReadOnlyList<LayerKey> Produces => [PlaceLayers.Places];

    /// <summary>A places stage over the default gazetteer, loaded when the first document comes.</summary>
    public static PlacesStage OverDefault(PlacesOptions? options = null) => new(new Lazy<PlaceIndex>(() => PlaceIndex.Default), options);

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        var actors = document.Get(ActorLayers.Actors);
        var people = document.Get(PeopleLayers.People);
        var context = recognizer.Recognize(document.Text, document.Get(Layers.Sentences), document.Get(Layers.Tokens), actors, people, cancellationToken);
        var places = index.Value;
        var candidates = new GazetteerRecognizer(places).Recognize(document.Text, context, actors, people, cancellationToken);
        var resolved = new ToponymResolver(places, options).Resolve(document.Text, candidates, cancellationToken);
        return document.With(PlaceLayers.Places, resolved);
    }
}

/// <summary>The places layer's key and registration.</summary>
public static class PlaceLayers
{
    public static readonly LayerKey<ImmutableArray<ToponymMention>> Places = new("places");

    /// <summary>The places stage over the default gazetteer (loaded on first use, once per process).</summary>
    public static PipelineBuilder UsePlaces(this PipelineBuilder builder, PlacesOptions? options = null) => AddPlaces(builder, PlacesStage.OverDefault(options));

    /// <summary>The places stage over <paramref name="gazetteer"/> (its matcher built once per gazetteer).</summary>
    public static PipelineBuilder UsePlaces(this PipelineBuilder builder, Gazetteer gazetteer, PlacesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return AddPlaces(builder, new PlacesStage(PlaceIndex.For(gazetteer), options));
    }

    private static PipelineBuilder AddPlaces(PipelineBuilder builder, PlacesStage stage)
    {
        if (!builder.Has(ActorLayers.Actors))
        {
            builder.UseActors();
        }

        if (!builder.Has(PeopleLayers.People))
        {
            builder.UsePeople();
        }

        return builder.Use(stage);
    }
}
