using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Recognises place names from the way news introduces them, without needing to know them: a run
/// of capitalised name words after a locative word ("in", "near", "east of", "the town of") or
/// before a place noun ("Deir Ezzor province", "Yarmouk camp"), and the names of countries.
/// Parties and people already recognised are never places. Each mention gets its level from the
/// noun that introduces it; coordinates come later from the gazetteer.
/// </summary>
public sealed class ToponymRecognizer
{
    private static readonly FrozenSet<string> Locatives = Set("in", "near", "at", "from", "to", "into", "around", "outside", "across", "towards", "toward", "inside", "between", "nearby", "via", "through");

    private static readonly FrozenSet<string> Directions = Set(
        "eastern", "western", "northern", "southern", "central", "north-eastern", "north-western", "south-eastern", "south-western",
        "northeastern", "northwestern", "southeastern", "southwestern");

    /// <summary>Nouns that introduce a place after "of": "the town of Rawa", "the outskirts of Raqqa".</summary>
    private static readonly FrozenDictionary<string, PlaceLevel> OfNouns = new Dictionary<string, PlaceLevel>(StringComparer.OrdinalIgnoreCase)
    {
        ["town"] = PlaceLevel.Settlement, ["city"] = PlaceLevel.Settlement, ["village"] = PlaceLevel.Settlement, ["villages"] = PlaceLevel.Settlement,
        ["towns"] = PlaceLevel.Settlement, ["province"] = PlaceLevel.Admin1, ["governorate"] = PlaceLevel.Admin1, ["region"] = PlaceLevel.Region,
        ["camp"] = PlaceLevel.District, ["neighbourhood"] = PlaceLevel.District, ["neighborhood"] = PlaceLevel.District,
        ["neighbourhoods"] = PlaceLevel.District, ["neighborhoods"] = PlaceLevel.District, ["district"] = PlaceLevel.District,
        ["outskirts"] = PlaceLevel.Settlement, ["suburb"] = PlaceLevel.District, ["suburbs"] = PlaceLevel.District, ["east"] = PlaceLevel.Settlement,
        ["west"] = PlaceLevel.Settlement, ["north"] = PlaceLevel.Settlement, ["south"] = PlaceLevel.Settlement, ["centre"] = PlaceLevel.Settlement,
        ["center"] = PlaceLevel.Settlement, ["countryside"] = PlaceLevel.Region, ["capital"] = PlaceLevel.Settlement, ["area"] = PlaceLevel.Region,
        ["areas"] = PlaceLevel.Region, ["border"] = PlaceLevel.Feature, ["desert"] = PlaceLevel.Region, ["valley"] = PlaceLevel.Region,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that follow a place and fix its level: "Deir Ezzor province", "Yarmouk camp", "Euphrates river".</summary>
    private static readonly FrozenDictionary<string, PlaceLevel> AfterNouns = new Dictionary<string, PlaceLevel>(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = PlaceLevel.Admin1, ["governorate"] = PlaceLevel.Admin1, ["countryside"] = PlaceLevel.Region, ["camp"] = PlaceLevel.District,
        ["district"] = PlaceLevel.Admin2, ["districts"] = PlaceLevel.Admin2, ["desert"] = PlaceLevel.Region, ["valley"] = PlaceLevel.Region,
        ["river"] = PlaceLevel.Feature, ["basin"] = PlaceLevel.Region, ["dam"] = PlaceLevel.Feature, ["airport"] = PlaceLevel.Feature,
        ["city"] = PlaceLevel.Settlement, ["region"] = PlaceLevel.Region, ["mountains"] = PlaceLevel.Feature, ["crossing"] = PlaceLevel.Feature, ["state"] = PlaceLevel.Admin1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Countries = Set(
        "Syria", "Iraq", "Turkey", "Iran", "Lebanon", "Jordan", "Israel", "Russia", "Egypt", "Libya", "Yemen", "Saudi Arabia", "Kuwait", "Qatar",
        "Afghanistan", "Pakistan", "France", "Germany", "Britain", "United Kingdom", "United States", "America");

    /// <summary>Words before a name that qualify where in it ("eastern Syria", "southern Damascus").</summary>
    private static readonly FrozenSet<string> Qualifiers = Set(
        "eastern", "western", "northern", "southern", "central", "north-eastern", "north-western", "south-eastern", "south-western",
        "northeastern", "northwestern", "southeastern", "southwestern", "rural", "greater", "south", "north", "east", "west");

    private static readonly FrozenSet<string> NotPlaces = Set(
        "The", "A", "An", "On", "In", "At", "He", "She", "They", "It", "We", "I", "But", "And", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Islamic", "State", "Kurdish", "Arab", "Shiite", "Sunni", "President", "Col", "US", "UN", "Read", "This", "That",
        "These", "Those", "Its", "Their", "His", "Her", "According", "St", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Sgt", "Capt", "Rev", "Prof", "Syrian", "Iraqi", "Russian", "Turkish", "Iranian", "American", "French", "British");

    public ImmutableArray<ToponymMention> Recognize(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> actors, IReadOnlyList<PersonMention> people, CancellationToken cancellationToken = default)
    {
        var taken = new bool[tokens.Count];
        MarkCovered(tokens, actors.Select(a => a.Range), taken);
        MarkCovered(tokens, people.Select(p => p.Range), taken);
        var result = ImmutableArray.CreateBuilder<ToponymMention>();
        var spans = SentenceTokens.Spans(sentences, tokens);
        var index = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, t) = spans[index++];

            var i = first;
            while (i < t)
            {
                if (taken[i] || !IsNameWord(text, tokens[i]) || NotPlaces.Contains(Word(text, tokens[i])))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < t && !taken[end] && (IsNameWord(text, tokens[end]) || (IsJoiner(text, tokens[end]) && end + 1 < t && IsNameWord(text, tokens[end + 1]))))
                {
                    end++;

                    // "in Cass County Circuit Court", "in Riley County Friday": a county or parish ends the place's name.
                    if (Word(text, tokens[end - 1]) is "County" or "Parish")
                    {
                        break;
                    }
                }

                var mention = Decide(text, tokens, first, t, i, end)
                    ?? ListContinuation(text, tokens, first, i, end, result.Count > 0 ? result[^1] : null);
                if (mention is not null)
                {
                    result.Add(mention);
                }

                i = end;
            }
        }

        return result.ToImmutable();
    }

    private static ToponymMention? Decide(string text, IReadOnlyList<Token> tokens, int first, int last, int start, int end)
    {
        var name = new TextRange(tokens[start].Range.Start, tokens[end - 1].Range.End);
        var nameText = name.Slice(text);
        var before = start > first ? Word(text, tokens[start - 1]) : string.Empty;
        var before2 = start > first + 1 ? Word(text, tokens[start - 2]) : string.Empty;
        var after = end < last ? Word(text, tokens[end]) : string.Empty;

        string? qualifier = Qualifiers.Contains(before) ? before.ToLowerInvariant() : null;
        var lead = qualifier is null ? before : before2;

        // "eastern Syria" is a region of the country, "southern Damascus" a district of the city.
        if (qualifier is not null && Directions.Contains(qualifier) && !AfterNouns.ContainsKey(after))
        {
            var titled = char.ToUpperInvariant(qualifier[0]) + qualifier[1..] + " " + nameText;
            var whole = new TextRange(tokens[start - 1].Range.Start, name.End);
            return Countries.Contains(nameText)
                ? new ToponymMention(whole, titled, PlaceLevel.Region, qualifier, null, null, "direction-of-country")
                : new ToponymMention(whole, titled, PlaceLevel.District, qualifier, null, null, "direction-of-city");
        }

        if (Countries.Contains(nameText))
        {
            return new ToponymMention(name, nameText, PlaceLevel.Country, qualifier, null, null, "country-name");
        }

        // Not "Wyandotte County District (Court)": a county's name is whole.
        if (AfterNouns.TryGetValue(after, out var afterLevel) && Word(text, tokens[end - 1]) is not ("County" or "Parish"))
        {
            var full = new TextRange(name.Start, tokens[end].Range.End);
            var reported = afterLevel == PlaceLevel.Admin1 ? $"{nameText} Governorate" : nameText;
            return new ToponymMention(full, reported, afterLevel, qualifier, null, null, $"before-{after.ToLowerInvariant()}");
        }

        if (lead == "of" && start >= first + 2)
        {
            var noun = Word(text, tokens[start - (qualifier is null ? 2 : 3)]);
            if (OfNouns.TryGetValue(noun, out var ofLevel))
            {
                return new ToponymMention(name, ofLevel == PlaceLevel.Admin1 ? $"{nameText} Governorate" : nameText, ofLevel, qualifier, null, null, $"{noun.ToLowerInvariant()}-of");
            }
        }

        if (Locatives.Contains(lead) || qualifier is not null)
        {
            var level = qualifier is not null && Countries.Contains(nameText) ? PlaceLevel.Region : PlaceLevel.Settlement;
            return new ToponymMention(name, nameText, level, qualifier, null, null, $"after-{(qualifier ?? lead).ToLowerInvariant()}");
        }

        return null;
    }

    /// <summary>Marks the tokens a sorted list of ranges covers, in one sweep.</summary>
    /// <summary>"…of southern Damascus, Hajar al-Aswad and Tadamun": a name listed right after a place is a place.</summary>
    private static ToponymMention? ListContinuation(string text, IReadOnlyList<Token> tokens, int first, int start, int end, ToponymMention? previous)
    {
        if (previous is null || start - 1 <= first)
        {
            return null;
        }

        var lead = Word(text, tokens[start - 1]);
        var joinerEnd = lead == "and" && Word(text, tokens[start - 2]) == "," ? start - 2 : start - 1;
        if (lead is not ("," or "and") || tokens[joinerEnd - 1].Range.End != previous.Range.End)
        {
            return null;
        }

        var name = new TextRange(tokens[start].Range.Start, tokens[end - 1].Range.End);
        var level = previous.Level is PlaceLevel.Country or PlaceLevel.Region ? PlaceLevel.Settlement : previous.Level;
        return new ToponymMention(name, name.Slice(text), level, null, null, null, "list-continuation");
    }

    private static void MarkCovered(IReadOnlyList<Token> tokens, IEnumerable<TextRange> ranges, bool[] taken)
    {
        var k = 0;
        foreach (var r in ranges.OrderBy(r => r.Start))
        {
            while (k < tokens.Count && tokens[k].Range.End <= r.Start)
            {
                k++;
            }

            for (var j = k; j < tokens.Count && tokens[j].Range.Start < r.End; j++)
            {
                taken[j] = true;
            }
        }
    }

    /// <summary>A capitalised word, or an Arabic name with a lower-case article ("al-Hasakeh", "ez-Zor").</summary>
    private static bool IsNameWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var s = token.Range.Of(text);
        if (s.Length > 3 && s[2] == '-' && s[0] is 'a' or 'e' && char.IsUpper(s[3]))
        {
            return true;
        }

        return s.Length >= 2 && char.IsUpper(s[0]) && !(s.Length > 1 && char.IsUpper(s[1]) && s.Length <= 4);
    }

    private static bool IsJoiner(string text, Token token) => token.Range.Of(text) is "al" or "el" or "ez" or "az" or "as" or "ad" or "bin" or "ibn" or "de";

    private static string Word(string text, Token token) => token.Range.Slice(text);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
