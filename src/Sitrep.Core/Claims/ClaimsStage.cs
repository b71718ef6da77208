using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Claims.Attribution;
using Sitrep.Claims.Rules;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Claims.Dating;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.People;
using Sitrep.Recognition.Places;
using Sitrep.Recognition.Quantities;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// The claims layer: every claim of the article body, from the rules over the mentions of the
/// earlier stages. Headlines, captions and furniture give none.
/// </summary>
public sealed class ClaimsStage : IStage
{
    private readonly QuantityClaims quantityClaims = new();
    private readonly VerbClaims verbClaims = new();
    private readonly PresenceClaims presenceClaims = new();

    public string Name => "claims";

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned, Layers.Info, Layers.Sentences, Layers.Tokens, ActorLayers.Actors, QuantityLayers.Quantities, AttributionLayers.Attribution, PlaceLayers.Places, DateLayers.Dates, PeopleLayers.People];

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
            // A demonym that locates nothing ("Russian officials") or a place inside an institution's name ("Ohio State University")
            // refers to the place but places no claim.
            [.. document.Get(PlaceLayers.Places).Where(p => p.Rule is not (GazetteerRecognizer.Demonym or GazetteerRecognizer.Embedded))],
            document.Get(DateLayers.Dates),
            document.Get(PeopleLayers.People));
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
            var fromVerbs = verbClaims.FindAll(context, s, previousSubject).SelectMany(c => CoActors(context, c)).SelectMany(c => CoOthers(context, c)).ToList();
            claims.AddRange(fromVerbs.SelectMany(c => Placed(context, c)).Select(c => Dated(context, c)));
            var fromPresence = presenceClaims.Find(context, s)
                .Where(p => !fromVerbs.Any(v => v.Kind == ClaimKind.Control && v.Actor == p.Actor && v.Status is ControlStatus.Presence or ControlStatus.Holds or ControlStatus.Besieged))
                .ToList();
            claims.AddRange(fromPresence.SelectMany(c => Placed(context, c)).Select(c => Dated(context, c)));
            previousSubject = fromVerbs.Concat(fromNumbers).Select(c => c.Actor).FirstOrDefault(a => a is not null) ?? previousSubject;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            claims[i] = Anaphoric(context, claims, i);
        }

        for (var i = 0; i < claims.Count; i++)
        {
            claims[i] = OpponentIsMainArmedGroup(context, claims[i]);
        }

        var focus = FocusCountry(context);
        for (var i = 0; i < claims.Count; i++)
        {
            claims[i] = PlacedFromContext(context, claims, i, focus);
        }

        // ", as exemplified by the assault…": the writer's illustration of what someone said is the text's own voice.
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Attributed && context.InWriterAside(claims[i].Sentence, claims[i].Evidence))
            {
                var (source, _, _) = context.OutletSource();
                claims[i] = claims[i] with { Source = source, Attributed = false, Speaker = null, Rule = claims[i].Rule + "+writer-aside" };
            }
        }

        // Ground changes hands between parties: a control claim with no holder says nothing ("the state collapsed").
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Kind == ClaimKind.Control && claims[i].Actor is null)
            {
                claims.RemoveAt(i);
            }
        }

        // A presence is a presence somewhere: with no place it says nothing a map can show ("the areas where they are based").
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Kind == ClaimKind.Control && claims[i].Status == ControlStatus.Presence && claims[i].Place is null)
            {
                claims.RemoveAt(i);
            }
        }

        return document.With(ClaimLayers.Claims, WithoutRestatements(claims));
    }

    /// <summary>
    /// "Iraqi forces recaptured Al Qaim", "the army's offensive": a capture or an attack by another
    /// party with no loser or target named is against the armed group the article is about.
    /// </summary>
    private static Claim OpponentIsMainArmedGroup(ClaimContext c, Claim claim)
    {
        var applies = claim.Kind == ClaimKind.Control && claim.Status == ControlStatus.Gained
            || claim.Kind == ClaimKind.Event && claim.EventType is EventType.Offensive or EventType.Attack or EventType.Airstrike or EventType.Siege or EventType.Clash;
        if (!applies || claim.Other is not null || claim.Actor is null || c.MainArmedActor is not { } main || claim.Actor == main
            || !Combatant(c, claim.Actor, main) || c.ActorsIn(claim.SentenceRange).Any(a => a.Actor.Type == ActorType.Civilians))
        {
            return claim; // nobody can tell whom it was against: a civilian target or a party that is not a belligerent
        }

        return claim with { Other = main, Rule = claim.Rule + "+opponent-main-armed-group" };
    }

    /// <summary>
    /// A party that fights the main armed group: state forces, governments, militias and coalitions;
    /// another armed group only when the main one is a jihadist group at war with every side.
    /// </summary>
    private static bool Combatant(ClaimContext c, string actor, string main)
    {
        var type = c.Actors.FirstOrDefault(a => a.Actor.Id == actor)?.Actor.Type;
        return type switch
        {
            ActorType.StateForces or ActorType.Government or ActorType.Militia or ActorType.Coalition => true,
            ActorType.NonStateArmedGroup => main is "isis" or "al_qaeda",
            null => actor is "anti_isis_forces",
            _ => false,
        };
    }

    /// <summary>
    /// A prediction or a force estimate whose sentence names no place is about the place the story
    /// is at: the last place a claim of the same paragraph (or the two sentences before) named,
    /// else the country the article is about ("Heras put the range between 8,000 and 13,000").
    /// </summary>
    private static Claim PlacedFromContext(ClaimContext c, ImmutableArray<Claim>.Builder claims, int index, ClaimPlace? focus)
    {
        var claim = claims[index];
        if (claim.Place is not null || claim.Kind is not (ClaimKind.Forecast or ClaimKind.Strength or ClaimKind.Control) || claim.Status is ControlStatus.Presence)
        {
            return claim;
        }

        var block = c.Sentences[claim.Sentence].Block;
        for (var j = index - 1; j >= 0 && claims[j].Sentence >= claim.Sentence - 2; j--)
        {
            var prior = claims[j];
            if (prior.Sentence < claim.Sentence && prior.Place is not null && (c.Sentences[prior.Sentence].Block == block || prior.Sentence == claim.Sentence - 1))
            {
                return claim with { Place = prior.Place, PlaceDetail = claim.PlaceDetail ?? prior.PlaceDetail, Rule = claim.Rule + "+place-from-context" };
            }
        }

        return focus is null ? claim : claim with { Place = focus, Rule = claim.Rule + "+place-article-country" };
    }

    /// <summary>The country the body names most often, when one leads the others (none on a tie).</summary>
    private static ClaimPlace? FocusCountry(ClaimContext c)
    {
        var counts = new Dictionary<string, (int Count, ToponymMention First)>(StringComparer.Ordinal);
        for (var s = 0; s < c.Sentences.Length; s++)
        {
            if (!c.IsBody(s))
            {
                continue;
            }

            foreach (var p in c.PlacesIn(c.Sentences[s].Range))
            {
                if (p.Level == PlaceLevel.Country && p.CountryCode is not null)
                {
                    counts[p.CountryCode] = counts.TryGetValue(p.CountryCode, out var e) ? (e.Count + 1, e.First) : (1, p);
                }
            }
        }

        var ranked = counts.Values.OrderByDescending(v => v.Count).Take(2).ToList();
        if (ranked.Count == 0 || ranked.Count == 2 && ranked[1].Count * 3 > ranked[0].Count * 2)
        {
            return null;
        }

        return AsClaimPlace(ranked[0].First);
    }

    private static ClaimPlace AsClaimPlace(ToponymMention p) => new(p.Name, p.Lat, p.Lon, LevelName(p.Level), p.Range);

    private static readonly FrozenSet<string> AttackNouns = new[] { "attack", "attacks", "assault", "offensive", "ambush", "raid", "bombing", "onslaught", "incursion", "operation" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "…were killed during the surprise nighttime attack": a casualty figure that refers back to
    /// an attack told before ("the … attack") takes that attack's place, date and attacker when it
    /// names none itself; the attacker of an attack nobody is named for is the article's armed group
    /// when the victims are its enemies.
    /// </summary>
    private static Claim Anaphoric(ClaimContext c, ImmutableArray<Claim>.Builder claims, int index)
    {
        var claim = claims[index];
        if (claim.Kind != ClaimKind.Casualties)
        {
            return claim;
        }

        var attackNoun = AttackNounIn(c, claim.Sentence);
        if (attackNoun is null)
        {
            return claim;
        }

        if (attackNoun.Value.Definite && (claim.Place is null || claim.DateRule is not "date/clause-expression"))
        {
            for (var j = index - 1; j >= 0 && claims[j].Sentence >= claim.Sentence - 4; j--)
            {
                var prior = claims[j];
                if (prior.Sentence == claim.Sentence || prior.Kind is ClaimKind.Forecast || prior.Place is null)
                {
                    continue;
                }

                claim = claim with
                {
                    Place = claim.Place ?? prior.Place,
                    PlaceDetail = claim.PlaceDetail ?? prior.PlaceDetail,
                    Date = claim.DateRule is "date/clause-expression" ? claim.Date : prior.Date ?? claim.Date,
                    DateRule = claim.DateRule is "date/clause-expression" ? claim.DateRule : "date/attack-referred-to",
                    Other = claim.Other ?? (prior.Actor != claim.Actor && prior.Kind is ClaimKind.Event or ClaimKind.Control ? prior.Actor : null),
                    Rule = claim.Rule + "+attack-referred-to",
                };
                break;
            }
        }

        if (claim.Other is null && c.MainArmedActor is { } main && claim.Actor is not null && claim.Actor != main && claim.Actor is not "civilians")
        {
            claim = claim with { Other = main, Rule = claim.Rule + "+attacker-main-armed-group" };
        }

        return claim;
    }

    /// <summary>An attack noun of the sentence, and whether it is definite ("the surprise attack" refers back).</summary>
    private static (int Token, bool Definite)? AttackNounIn(ClaimContext c, int sentence)
    {
        for (var k = c.TokenStart[sentence]; k < c.TokenEnd[sentence]; k++)
        {
            if (!AttackNouns.Contains(c.Word(k)))
            {
                continue;
            }

            var definite = false;
            for (var b = k - 1; b >= Math.Max(c.TokenStart[sentence], k - 4); b--)
            {
                var w = c.Word(b).ToLowerInvariant();
                if (w is "the" or "this" or "that")
                {
                    definite = true;
                    break;
                }

                if (w is "a" or "an" or "of" or "in" or "during" or "on" || !char.IsLetter(w[0]))
                {
                    break;
                }
            }

            return (k, definite);
        }

        return null;
    }

    /// <summary>
    /// Parties acting together give one claim each (spec: splitting): "The US-led coalition and its
    /// Kurdish allies, as well as the regime, are hunting down…" is three offensives. The subject's
    /// mention is walked back over coordinations ("and", ",", "as well as", "along with").
    /// </summary>
    private static IEnumerable<Claim> CoActors(ClaimContext c, Claim claim)
    {
        yield return claim;
        if (claim.Actor is null || claim.Kind is not (ClaimKind.Event or ClaimKind.Control) || claim.Status is ControlStatus.Lost or ControlStatus.None)
        {
            yield break;
        }

        var token = Math.Min(c.TokenAt(claim.Evidence.Start), c.TokenEnd[claim.Sentence] - 1);
        var clause = c.ClauseAround(claim.Sentence, token);
        var parties = c.ActorsIn(new TextRange(clause.Start, claim.Evidence.Start)).Where(a => Roles.IsParty(a.Actor)).ToList();
        var k = parties.FindLastIndex(a => a.Actor.Id == claim.Actor);
        if (k < 0 || !OnlySubjectWordsBetween(c, parties[k].Range.End, claim.Evidence.Start))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { claim.Actor };
        for (var j = k - 1; j >= 0 && IsCoordination(c, parties[j].Range.End, parties[j + 1].Range.Start); j--)
        {
            var id = parties[j].Actor.Id;
            if (seen.Add(id) && id != claim.Other)
            {
                yield return claim with { Actor = id, Rule = claim.Rule + "+co-actor" };
            }
        }
    }

    /// <summary>
    /// An event against several parties gives one claim per party: "fighting against both opposition
    /// factions and regime forces" is two clashes. The other's mention is walked forward over coordinations.
    /// </summary>
    private static IEnumerable<Claim> CoOthers(ClaimContext c, Claim claim)
    {
        yield return claim;
        if (claim.Other is null || claim.Kind is not ClaimKind.Event)
        {
            yield break;
        }

        var sentence = c.Sentences[claim.Sentence].Range;
        var parties = c.ActorsIn(new TextRange(claim.Evidence.End, sentence.End)).Where(a => Roles.IsParty(a.Actor)).ToList();
        var k = parties.FindIndex(a => a.Actor.Id == claim.Other);
        if (k < 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { claim.Other };
        if (claim.Actor is not null)
        {
            seen.Add(claim.Actor);
        }

        for (var j = k + 1; j < parties.Count && IsCoordination(c, parties[j - 1].Range.End, parties[j].Range.Start); j++)
        {
            if (seen.Add(parties[j].Actor.Id))
            {
                yield return claim with { Other = parties[j].Actor.Id, Rule = claim.Rule + "+co-other" };
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CoordinationWords = new[]
    {
        ",", "and", "as", "well", "its", "their", "the", "along", "with", "together", "allied", "other",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Only coordinating words (and "X-backed" modifiers) between two mentions, at most six tokens.</summary>
    private static bool IsCoordination(ClaimContext c, int from, int to)
    {
        var count = 0;
        var joined = false;
        for (var t = c.TokenAt(from); t < c.Tokens.Length && c.Tokens[t].Range.End <= to; t++)
        {
            var w = c.Word(t);
            if (!CoordinationWords.Contains(w) && !w.EndsWith("-backed", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            joined |= w is "and" or "with" or "well";
            count++;
        }

        return joined && count <= 6;
    }

    /// <summary>Between the subject and its verb only auxiliaries, adverbs and commas: the subject is not inside a longer phrase.</summary>
    private static bool OnlySubjectWordsBetween(ClaimContext c, int from, int to)
    {
        var count = 0;
        for (var t = c.TokenAt(from); t < c.Tokens.Length && c.Tokens[t].Range.End <= to; t++)
        {
            if (++count > 8)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A later claim that only restates an earlier one of the article (same kind, parties, status or
    /// event type, place, date and source, and no new figure) is not a new claim (spec: scope).
    /// </summary>
    private static ImmutableArray<Claim> WithoutRestatements(ImmutableArray<Claim>.Builder claims)
    {
        var kept = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Kind == ClaimKind.Forecast)
            {
                kept.Add(claim); // what a forecast predicts is its sentence: two forecasts are two predictions
                continue;
            }

            var q = claim.Quantity is { } x ? $"{x.Low}-{x.High} {x.Unit}" : "-";
            var key = string.Join('|', claim.Kind, claim.Actor, claim.Other, claim.Status, claim.EventType, claim.Place?.Name.ToLowerInvariant(), claim.Date, claim.Source, claim.Negated, q);
            if (seen.Add(key))
            {
                kept.Add(claim);
            }
        }

        return kept.ToImmutable();
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
        if (claim.Kind == ClaimKind.Control && claim.Status == ControlStatus.Lost && context.LossesToGainers(claim.Sentence, claim.Evidence) is { Count: > 1 } losses)
        {
            // "losing Mosul to the Iraqi army, and in Syria Raqqa to the Kurds": each place lost to its own gainer.
            return losses.Select(l => claim with
            {
                Place = AsClaimPlace(l.Place),
                Other = l.Gainer == claim.Actor ? claim.Other : l.Gainer,
                PlaceDetail = claim.PlaceDetail ?? l.Place.Qualifier,
                Rule = claim.Rule + "+loss-to-gainer",
            });
        }

        var places = context.PlacesFor(claim.Sentence, claim.PlaceAnchor ?? claim.Evidence);
        if (places.Count == 0)
        {
            return BreakdownHead(context, claim) is { } head ? [claim with { Place = head }] : [claim];
        }

        var splits = claim.Kind is ClaimKind.Control or ClaimKind.Event ? places : [places[0]];
        var countedFrom = CountedFrom(context, claim, splits);
        return splits.Select(p => claim with
        {
            Place = AsClaimPlace(p),
            Quantity = p.Range.Start < countedFrom ? null : claim.Quantity,
            PlaceDetail = claim.PlaceDetail ?? p.Qualifier,
            Rule = claim.SentenceRange.Contains(p.Range) ? claim.Rule : claim.Rule + "+place-referred-to",
        });
    }

    /// <summary>
    /// "holds Qadam and Yarmouk, and a handful of villages in Daraa": a count written inside a list
    /// of places counts the items from where it stands, not the items before it. The offset of the
    /// count when it stands after the first place, else 0 (it covers them all).
    /// </summary>
    private static int CountedFrom(ClaimContext context, Claim claim, IReadOnlyList<ToponymMention> places)
    {
        if (claim.Quantity is not { } q || places.Count < 2)
        {
            return 0;
        }

        var mention = context.QuantitiesIn(claim.SentenceRange).FirstOrDefault(m => m.Low == q.Low && m.High == q.High && m.Unit == q.Unit);
        return mention is not null && mention.Range.Start > places[0].Range.End ? mention.Range.Start : 0;
    }

    /// <summary>
    /// A breakdown line names its area before a dash: "Southern Damascus – 1,500 to 2,000",
    /// "The Yarmouk Basin – 1,500 to 2,000". When no place was recognised in it, the head itself is
    /// the (unresolved) place. Only for strength lines whose head is a short capitalised phrase.
    /// </summary>
    private static ClaimPlace? BreakdownHead(ClaimContext context, Claim claim)
    {
        if (claim.Kind != ClaimKind.Strength)
        {
            return null;
        }

        var sentence = context.Sentences[claim.Sentence].Range;
        var text = context.Text;
        var first = sentence.Start;
        while (first < claim.Evidence.Start && !char.IsLetter(text[first]))
        {
            first++; // a bullet
        }

        var dash = text.AsSpan(first, Math.Max(0, claim.Evidence.Start - first)).IndexOfAny(" – ".AsSpan(1, 1).ToString() + "—:");
        if (dash <= 0)
        {
            return null;
        }

        var head = new TextRange(first, first + dash);
        var name = head.Slice(text).Trim().TrimStart('•', '·', '*', '‣', '▪', '-', ' ', '\t');
        // What follows the dash is the figure ("1,500 to 2,000", "at least 1,000"), not a clause.
        var after = text.AsSpan(head.End + 1, Math.Max(0, claim.Evidence.Start - head.End - 1)).Trim();
        var figureFirst = after.Length == 0 || char.IsAsciiDigit(after[0]) || after.StartsWith("at least", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("about", StringComparison.OrdinalIgnoreCase) || after.StartsWith("up to", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("some", StringComparison.OrdinalIgnoreCase) || after.StartsWith("around", StringComparison.OrdinalIgnoreCase);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || !char.IsUpper(name[0]) || !figureFirst || name.Contains(',') && words.Length > 6)
        {
            return null;
        }

        if (words[0] is "The")
        {
            name = string.Join(' ', words.Skip(1));
        }

        var start = text.IndexOf(name, head.Start, head.End - head.Start, StringComparison.Ordinal);
        return new ClaimPlace(name, null, null, "region", new TextRange(start, start + name.Length));
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
