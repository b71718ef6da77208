using System.Collections.Immutable;
using Sitrep.Claims.Attribution;
using Sitrep.Claims.Rules;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
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

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned, Layers.Info, Layers.Sentences, Layers.Tokens, ActorLayers.Actors, QuantityLayers.Quantities, AttributionLayers.Attribution];

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
            document.Get(AttributionLayers.Attribution));
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
            claims.AddRange(fromNumbers);
            var fromVerbs = verbClaims.FindAll(context, s, previousSubject).ToList();
            claims.AddRange(fromVerbs);
            previousSubject = fromVerbs.Concat(fromNumbers).Select(c => c.Actor).FirstOrDefault(a => a is not null) ?? previousSubject;
        }

        return document.With(ClaimLayers.Claims, claims.ToImmutable());
    }
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

        return builder.Use(new ClaimsStage());
    }
}
