using System.Collections.Immutable;
using Sitrep.Claims.Attribution;
using Sitrep.Claims.Rules;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Claims.Dating;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Places;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Claims;

/// <summary>
/// The claims layer: every claim of the article body, from the rules over the mentions of the
/// earlier stages. Headlines, captions and furniture give none.
/// </summary>
public sealed class ClaimsStage : IStage
{
    private readonly QuantityClaims quantityClaims = new();
    private readonly VerbClaims verbClaims = new();

    public string Name => "claims";

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned, Layers.Info, Layers.Sentences, Layers.Tokens, ActorLayers.Actors, QuantityLayers.Quantities, AttributionLayers.Attribution, PlaceLayers.Places, DateLayers.Dates];

    public IReadOnlyList<LayerKey> Produces => [ClaimLayers.Claims];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        var context = new ClaimContext(
            document.Text,
            document.Get(Layers.Cleaned),
            document.Get(Layers.Info),
            document.Get(Layers.Sentences),
            document.Get(Layers.Tokens),
            document.Get(ActorLayers.Actors),
            document.Get(QuantityLayers.Quantities),
            document.Get(AttributionLayers.Attribution),
            document.Get(PlaceLayers.Places),
            document.Get(DateLayers.Dates));
        var claims = ImmutableArray.CreateBuilder<Claim>();
        string? previousSubject = null;
        for (var s = 0; s < context.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!context.IsBody(s))
            {
                continue;
            }

            var fromNumbers = quantityClaims.Find(context, s).ToList();
            claims.AddRange(fromNumbers.SelectMany(c => Placed(context, c)).Select(c => Dated(context, c)));
            var fromVerbs = verbClaims.FindAll(context, s, previousSubject).ToList();
            claims.AddRange(fromVerbs.SelectMany(c => Placed(context, c)).Select(c => Dated(context, c)));
            previousSubject = fromVerbs.Concat(fromNumbers).Select(c => c.Actor).FirstOrDefault(a => a is not null) ?? previousSubject;
        }

        return document.With(ClaimLayers.Claims, claims.ToImmutable());
    }

    /// <summary>A claim with the date it is about and the rule that chose it.</summary>
    private static Claim Dated(ClaimContext context, Claim claim)
    {
        var dated = ClaimDating.Date(context, claim);
        return claim with { Date = dated.Date, DateRule = dated.Rule };
    }

    /// <summary>A claim with its place; a claim about a list of places becomes one claim per place (spec: splitting).</summary>
    private static IEnumerable<Claim> Placed(ClaimContext context, Claim claim)
    {
        var places = context.PlacesFor(claim.Sentence, claim.Evidence);
        if (places.Count == 0)
        {
            return [claim];
        }

        var splits = claim.Kind is ClaimKind.Control or ClaimKind.Event ? places : places.Take(1);
        return splits.Select(p => claim with
        {
            Place = new ClaimPlace(p.Name, p.Lat, p.Lon, LevelName(p.Level), p.Range),
            PlaceDetail = claim.PlaceDetail ?? p.Qualifier,
        });
    }

    private static string LevelName(PlaceLevel level) => level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Admin1 => "admin1",
        PlaceLevel.Admin2 => "admin2",
        PlaceLevel.District => "district",
        PlaceLevel.Feature => "feature",
        PlaceLevel.Region => "region",
        _ => "settlement",
    };
}

/// <summary>The claims layer's key and registration.</summary>
public static class ClaimLayers
{
    public static readonly LayerKey<ImmutableArray<Claim>> Claims = new("claims");

    /// <summary>Adds the claims stage and every stage it needs that the builder does not have yet.</summary>
    public static PipelineBuilder UseClaims(this PipelineBuilder builder)
    {
        if (!builder.Has(ActorLayers.Actors))
        {
            builder.UseActors();
        }

        if (!builder.Has(Recognition.People.PeopleLayers.People))
        {
            Recognition.People.PeopleLayers.UsePeople(builder);
        }

        if (!builder.Has(QuantityLayers.Quantities))
        {
            builder.UseQuantities();
        }

        if (!builder.Has(AttributionLayers.Attribution))
        {
            builder.UseAttribution();
        }

        if (!builder.Has(DateLayers.Dates))
        {
            builder.UseDates();
        }

        if (!builder.Has(PlaceLayers.Places))
        {
            builder.UsePlaces();
        }

        return builder.Use(new ClaimsStage());
    }
}
