using System.Collections.Frozen;
using Sitrep.Recognition.Actors;
using Sitrep.Text;

namespace Sitrep.Claims.Rules;

/// <summary>
/// Control told without a control verb: where a party is ("ISIS fighters are also in Hama
/// province", "Government forces are still about 40km from the border at Albu Kamal"), "pockets of
/// IS fighters in Deir Ezzor province", and the holder a compound names ("the last ISIL-held
/// border post", "rebel-controlled areas").
/// </summary>
public sealed class PresenceClaims : IClaimRule
{
    private static readonly FrozenSet<string> Be = Set("is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed");

    private static readonly FrozenSet<string> Adverbs = Set("also", "still", "now", "mainly", "mostly", "only", "largely", "reportedly", "already", "currently", "chiefly", "believed", "thought", "said", "to", "be", "present", "deployed", "stationed", "concentrated", "based", "entrenched", "scattered");

    private static readonly FrozenSet<string> Locatives = Set("in", "at", "inside", "near", "around", "outside", "across", "along", "on", "within");

    private static readonly FrozenSet<string> Remnants = Set("pockets", "pocket", "remnants", "cells", "holdouts", "enclaves", "enclave");

    public string Name => "presence";

    public IEnumerable<Claim> Find(ClaimContext c, int sentence)
    {
        var range = c.Sentences[sentence].Range;
        var (source, attributed, speaker) = c.SourceOf(sentence);
        var hedged = c.IsHedged(range);
        foreach (var mention in c.ActorsIn(range))
        {
            if (!Roles.IsParty(mention.Actor) || mention.Actor.Type is ActorType.Civilians or ActorType.Generic)
            {
                continue;
            }

            var next = c.TokenAt(mention.Range.End);
            if (mention.Rule == "compound/held-by")
            {
                // "ISIL-held border post": the holder of what the compound modifies.
                var token = c.TokenAt(mention.Range.Start);
                yield return Make(c, sentence, mention, ControlStatus.Holds, c.Tokens[token].Range, "control/holds-compound", source, attributed, speaker, hedged);
                continue;
            }

            if (Located(c, sentence, next) is { } be)
            {
                yield return Make(c, sentence, mention, ControlStatus.Presence, c.Tokens[be].Range, "control/presence-located", source, attributed, speaker, hedged);
                continue;
            }

            // "pockets of IS fighters in Deir Ezzor province".
            var before = c.TokenAt(mention.Range.Start) - 1;
            if (before - 1 >= c.TokenStart[sentence] && c.Word(before) == "of" && Remnants.Contains(c.Word(before - 1)) && HasLocativeAfter(c, sentence, next))
            {
                yield return Make(c, sentence, mention, ControlStatus.Presence, c.Tokens[before - 1].Range, "control/presence-pockets", source, attributed, speaker, hedged);
            }
        }
    }

    /// <summary>The "be" token of "PARTY (fighters) are (also|still) (about 40km from|in|at) PLACE", when the sentence names a place after it.</summary>
    private static int? Located(ClaimContext c, int sentence, int token)
    {
        var end = c.TokenEnd[sentence];
        var k = token;
        if (k < end && c.Word(k) is "fighters" or "forces" or "troops" or "militants" or "units")
        {
            k++;
        }

        if (k >= end || !Be.Contains(c.Word(k)))
        {
            return null;
        }

        var be = k++;
        while (k < end && Adverbs.Contains(c.Word(k)))
        {
            k++;
        }

        // A distance: "about 40km from", "some 20 kilometres from".
        var measured = false;
        for (var m = k; m < Math.Min(end, k + 4); m++)
        {
            if (c.Word(m) is "from" && m > k)
            {
                measured = c.QuantitiesIn(new TextRange(c.Tokens[k].Range.Start, c.Tokens[m].Range.Start)).Any();
                if (measured)
                {
                    k = m;
                }

                break;
            }
        }

        if (k >= end || !(Locatives.Contains(c.Word(k)) || measured))
        {
            return null;
        }

        var clause = c.ClauseAround(sentence, k);
        return c.PlacesIn(new TextRange(c.Tokens[k].Range.End, clause.End)).Any() ? be : null;
    }

    private static bool HasLocativeAfter(ClaimContext c, int sentence, int token)
    {
        var end = c.TokenEnd[sentence];
        for (var k = token; k < Math.Min(end, token + 3); k++)
        {
            if (Locatives.Contains(c.Word(k)))
            {
                var clause = c.ClauseAround(sentence, k);
                return c.PlacesIn(new TextRange(c.Tokens[k].Range.End, clause.End)).Any();
            }
        }

        return false;
    }

    private static Claim Make(ClaimContext c, int sentence, ActorMention mention, ControlStatus status, TextRange evidence, string rule, string source, bool attributed, string? speaker, bool hedged) =>
        new()
        {
            Kind = ClaimKind.Control,
            Sentence = sentence,
            SentenceRange = c.Sentences[sentence].Range,
            Actor = mention.Actor.Id,
            Status = status,
            Source = source,
            Attributed = attributed,
            Speaker = speaker,
            Hedged = hedged,
            Negated = c.IsNegated(new TextRange(c.Sentences[sentence].Range.Start, evidence.End)),
            Rule = rule,
            Evidence = evidence,
        };

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
