using System.Collections.Frozen;
using Sitrep.Recognition.Quantities;
using Sitrep.Text;

namespace Sitrep.Claims.Rules;

/// <summary>
/// Claims built on a number: casualties ("23 pro-government forces were killed", "killing at least
/// 23 elements") and force strength ("8,000 to 11,000 fighters", "1,500-2,500 fighters left in Al
/// Qaim and 2,000-3,000 in Albu Kamal", and each line of a bulleted breakdown under a lead-in that
/// gives a strength).
/// </summary>
public sealed class QuantityClaims : IClaimRule
{
    private static readonly FrozenSet<string> KillWords = Set("killed", "killing", "dead", "died", "kills", "kill", "deaths", "slain", "massacred", "executed");

    private static readonly FrozenSet<string> WoundWords = Set("wounded", "injured", "wounding", "injuring", "hurt");

    private static readonly FrozenSet<string> FighterWords = Set("fighters", "militants", "jihadists", "members", "troops", "soldiers", "men", "gunmen", "extremists", "insurgents", "combatants", "elements");

    public string Name => "quantity";

    public IEnumerable<Claim> Find(ClaimContext c, int sentence)
    {
        var range = c.Sentences[sentence].Range;
        var quantities = c.QuantitiesIn(range).ToList();
        var strengthUnitSeen = false;
        foreach (var q in quantities)
        {
            var token = c.TokenAt(q.Range.Start);
            var after = Window(c, sentence, c.TokenAt(q.Range.End), 6);
            var before = Window(c, sentence, token - 4, 4);
            // The nearest casualty word after the count decides: "10 killed and another 20 wounded".
            var firstKill = after.FindIndex(KillWords.Contains);
            var firstWound = after.FindIndex(WoundWords.Contains);
            var killed = q.Unit is QuantityUnits.Killed || firstKill >= 0 && (firstWound < 0 || firstKill < firstWound) || firstWound < 0 && VerbJustBefore(before) is "killing" or "killed" or "kill" or "kills";
            var wounded = !killed && (q.Unit is QuantityUnits.Wounded || firstWound >= 0 || VerbJustBefore(before) is "wounding" or "injuring" or "wounded" or "injured");
            if ((killed || wounded) && CountsPeople(q))
            {
                yield return Casualty(c, sentence, q, killed ? QuantityUnits.Killed : QuantityUnits.Wounded);
                continue;
            }

            var counted = q.Counted ?? string.Empty;
            var isStrength = q.Unit is QuantityUnits.Fighters or QuantityUnits.Soldiers
                || FighterWords.Contains(LastWord(counted))
                || (strengthUnitSeen && q.Counted is null)
                || (q.Counted is null && LeadInGivesStrength(c, sentence));
            if (isStrength && q.Unit is not QuantityUnits.Percent and not QuantityUnits.PercentTerritory and not QuantityUnits.Money)
            {
                strengthUnitSeen = true;
                yield return Strength(c, sentence, q);
            }
        }
    }

    private static readonly FrozenSet<string> BoundWords = Set("at", "least", "more", "than", "some", "about", "around", "nearly", "almost", "over", "up", "to", "roughly", "approximately", "an", "estimated");

    /// <summary>The word before a count, skipping its bound ("killing at least 23"): "killed in two attacks" has none.</summary>
    private static string? VerbJustBefore(List<string> before)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            if (!BoundWords.Contains(before[k]))
            {
                return before[k];
            }
        }

        return null;
    }

    /// <summary>Things that are counted but cannot be killed: "killed in two more incidents", "killed over three days".</summary>
    private static readonly FrozenSet<string> NotPeople = Set("incidents", "incident", "attacks", "attack", "days", "day", "weeks", "months", "years", "hours",
        "villages", "towns", "cities", "areas", "districts", "strikes", "airstrikes", "raids", "bombings", "explosions", "blasts", "times", "separate", "more", "provinces",
        "neighbourhoods", "neighborhoods", "buildings", "houses", "vehicles", "cars", "kilometres", "kilometers", "km", "miles", "percent", "per", "shells", "rockets", "missiles");

    /// <summary>A count of people (or of nothing named): not of incidents, days or places.</summary>
    private static bool CountsPeople(QuantityMention q)
    {
        var words = (q.Counted ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && (NotPeople.Contains(words[0]) || NotPeople.Contains(words[^1])))
        {
            return false;
        }

        if (q.Unit is QuantityUnits.Killed or QuantityUnits.Wounded or QuantityUnits.Fighters or QuantityUnits.Soldiers or QuantityUnits.Civilians)
        {
            return true;
        }

        if (q.Unit is QuantityUnits.Villages or QuantityUnits.Towns or QuantityUnits.Percent or QuantityUnits.PercentTerritory or QuantityUnits.Money)
        {
            return false;
        }

        return true;
    }

    private static Claim Casualty(ClaimContext c, int sentence, QuantityMention q, string unit)
    {
        var range = c.Sentences[sentence].Range;
        // The counted phrase: up to seven tokens after the number ("23 pro-government forces", "23 elements of the Syrian army").
        var afterToken = c.TokenAt(q.Range.End);
        // The victims are named before the casualty verb: "another 20 wounded when a DAESH suicide bomber…" names the attacker after it.
        var lastCounted = Math.Min(c.TokenEnd[sentence] - 1, Math.Max(afterToken, afterToken + 6));
        for (var k = afterToken; k <= lastCounted; k++)
        {
            var w = c.Word(k).ToLowerInvariant();
            if (KillWords.Contains(w) || WoundWords.Contains(w) || w is "when" or "after" or "by" or "in")
            {
                lastCounted = Math.Max(afterToken, k - 1);
                break;
            }
        }

        var countedEnd = c.Tokens[lastCounted].Range.End;
        var countedSpan = new TextRange(q.Range.End, Math.Max(q.Range.End, Math.Min(range.End, countedEnd)));
        var victim = c.ActorsIn(countedSpan).FirstOrDefault(a => Roles.IsParty(a.Actor))?.Actor.Id
            ?? (q.Counted is { } counted && counted.Contains("civilian", StringComparison.OrdinalIgnoreCase) ? "civilians" : null);
        var token = c.TokenAt(q.Range.Start);
        var attacker = Roles.After(c, sentence, token, "by")
            ?? c.ActorsIn(new TextRange(range.Start, q.Range.Start)).FirstOrDefault(a => Roles.IsParty(a.Actor) && a.Actor.Id != victim)?.Actor.Id;
        var (source, attributed, speaker) = c.SourceOf(sentence);
        return new Claim
        {
            Kind = ClaimKind.Casualties,
            Sentence = sentence,
            SentenceRange = range,
            Actor = victim,
            Other = attacker,
            Quantity = new ClaimQuantity(q.Low, q.High, unit, q.Approx),
            Source = source,
            Attributed = attributed,
            Speaker = speaker,
            Hedged = c.IsHedged(range),
            Negated = false,
            Rule = "casualties/count-with-kill-word",
            Evidence = q.Range,
        };
    }

    private static Claim Strength(ClaimContext c, int sentence, QuantityMention q)
    {
        var range = c.Sentences[sentence].Range;
        var leadIn = LeadInSentence(c, sentence);
        var inPhrase = c.ActorsIn(new TextRange(Math.Max(range.Start, q.Range.Start - 40), Math.Min(range.End, q.Range.End + 30)))
            .LastOrDefault(a => Roles.IsParty(a.Actor) && a.Range.End <= q.Range.Start || a.Range.Start >= q.Range.End && Roles.IsParty(a.Actor));
        var actor = inPhrase?.Actor.Id
            ?? c.ActorsIn(new TextRange(range.Start, q.Range.Start)).LastOrDefault(a => Roles.IsParty(a.Actor))?.Actor.Id
            ?? (leadIn is { } li ? c.ActorsIn(c.Sentences[li].Range).FirstOrDefault(a => Roles.IsParty(a.Actor))?.Actor.Id : null)
            ?? c.MainArmedActor;
        var (source, attributed, speaker) = leadIn is { } lead && !c.Attribution.Sentences[sentence].Attributed ? c.SourceOf(lead) : c.SourceOf(sentence);
        var hedged = c.IsHedged(range) || (leadIn is { } l2 && c.IsHedged(c.Sentences[l2].Range)) || attributed && c.Attribution.Sentences[sentence].Rule.Contains("estimate", StringComparison.Ordinal);
        return new Claim
        {
            Kind = ClaimKind.Strength,
            Sentence = sentence,
            SentenceRange = range,
            Actor = actor,
            Quantity = new ClaimQuantity(q.Low, q.High, QuantityUnits.Fighters, q.Approx),
            Date = c.Published,
            Source = source,
            Attributed = attributed,
            Speaker = speaker,
            Hedged = hedged,
            Rule = leadIn is null ? "strength/fighter-count" : "strength/breakdown-line",
            Evidence = q.Range,
        };
    }

    /// <summary>For a list item: the sentence of the paragraph that introduces the list, when it gives a strength.</summary>
    private static int? LeadInSentence(ClaimContext c, int sentence)
    {
        var block = c.Sentences[sentence].Block;
        if (!c.Cleaned.Blocks[block].IsListItem)
        {
            return null;
        }

        for (var s = sentence - 1; s >= 0; s--)
        {
            var b = c.Sentences[s].Block;
            if (c.Cleaned.Blocks[b].IsListItem)
            {
                continue;
            }

            // The lead-in paragraph, or the paragraph before it that states the total.
            for (var k = s; k >= Math.Max(0, s - 3); k--)
            {
                if (c.QuantitiesIn(c.Sentences[k].Range).Any(q => q.Unit is QuantityUnits.Fighters))
                {
                    return k;
                }
            }

            return null;
        }

        return null;
    }

    private static bool LeadInGivesStrength(ClaimContext c, int sentence) => LeadInSentence(c, sentence) is not null;

    private static List<string> Window(ClaimContext c, int sentence, int from, int count)
    {
        var words = new List<string>();
        for (var k = Math.Max(c.TokenStart[sentence], from); k < Math.Min(c.TokenEnd[sentence], from + count); k++)
        {
            words.Add(c.Word(k).ToLowerInvariant());
        }

        return words;
    }

    private static string LastWord(string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? string.Empty : parts[^1].ToLowerInvariant();
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
