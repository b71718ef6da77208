using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// Finds actor mentions over the tokens of each sentence in one left-to-right pass, longest alias
/// first. Names and acronyms always mean their actor; descriptions ("government forces", "the
/// jihadists") are resolved by the nearest country cue before them in the sentence, else in the
/// sentences before, else by the article's main country; a capital city is its government only
/// where it acts ("Damascus said", "expect Damascus to declare").
/// </summary>
public sealed class ActorRecognizer(ActorDictionary dictionary)
{
    /// <summary>Words that tie a text to a country until places are resolved by the gazetteer.</summary>
    private static readonly FrozenDictionary<string, string> CountryCues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["syria"] = "SY", ["syrian"] = "SY", ["syrians"] = "SY", ["damascus"] = "SY", ["aleppo"] = "SY", ["raqqa"] = "SY",
        ["idlib"] = "SY", ["homs"] = "SY", ["hama"] = "SY", ["daraa"] = "SY", ["deir"] = "SY", ["assad"] = "SY", ["palmyra"] = "SY",
        ["ghouta"] = "SY", ["afrin"] = "SY", ["latakia"] = "SY", ["hasakeh"] = "SY", ["kamal"] = "SY",
        ["iraq"] = "IQ", ["iraqi"] = "IQ", ["iraqis"] = "IQ", ["baghdad"] = "IQ", ["mosul"] = "IQ", ["anbar"] = "IQ",
        ["kirkuk"] = "IQ", ["qaim"] = "IQ", ["erbil"] = "IQ", ["ramadi"] = "IQ", ["fallujah"] = "IQ", ["tikrit"] = "IQ", ["rawa"] = "IQ",
        ["somalia"] = "SO", ["somali"] = "SO", ["mogadishu"] = "SO", ["kenya"] = "KE", ["kenyan"] = "KE", ["nairobi"] = "KE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = CountryCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The shortest and longest cue, and the letters cues start with: a token's key is the token
    /// lower-cased, less at most two characters of a possessive, so most tokens are no cue at a glance.
    /// </summary>
    private static readonly int ShortestCue = CountryCues.Keys.Min(k => k.Length);

    private static readonly int LongestCue = CountryCues.Keys.Max(k => k.Length);

    private static readonly System.Buffers.SearchValues<char> CueInitials = System.Buffers.SearchValues.Create(
        [.. CountryCues.Keys.Select(k => k[0]).Distinct()]);

    /// <summary>The country a token cues, if any, without allocating.</summary>
    private static string? CueOf(ReadOnlySpan<char> token)
    {
        // A non-ASCII initial may still lower-case to an ASCII one (the Kelvin sign): only ASCII ones are screened.
        if (token.Length < ShortestCue || token.Length - 2 > LongestCue || (char.IsAscii(token[0]) && !CueInitials.Contains(char.ToLowerInvariant(token[0]))))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[64];
        var key = AliasTrie.KeyInto(token, buffer);
        return CueLookup.TryGetValue(key, out var cue) ? cue : null;
    }

    /// <summary>Capitals that stand for their governments when they act.</summary>
    private static readonly FrozenDictionary<string, string> Capitals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Damascus"] = "syrian_government", ["Baghdad"] = "iraqi_government", ["Moscow"] = "russia", ["Washington"] = "united_states",
        ["Tehran"] = "iran", ["Ankara"] = "turkey", ["Paris"] = "france", ["London"] = "united_kingdom", ["Riyadh"] = "saudi_arabia",
        ["Amman"] = "jordan", ["Erbil"] = "kurdistan_regional_government",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Countries whose name, when it acts, stands for a government the dictionary names apart from the country.</summary>
    private static readonly FrozenDictionary<string, string> Governed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Syria"] = "syrian_government", ["Iraq"] = "iraqi_government",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before a country name that make it a place, not a subject ("presence in Syria has declined", "Syria and Iraq backed by").</summary>
    private static readonly FrozenSet<string> NotSubjectBefore = new[]
    {
        "in", "of", "across", "from", "to", "into", "throughout", "over", "inside", "at", "near", "and", "or", "with", "for", "on", "outside", "against", "by",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a capital does when it acts: speaks, decides, wants.</summary>
    private static readonly FrozenSet<string> ActingWords = new[]
    {
        "said", "says", "declared", "declares", "announced", "announces", "denied", "denies", "accused", "accuses", "warned", "warns",
        "claimed", "claims", "insisted", "insists", "rejected", "rejects", "condemned", "condemns", "agreed", "agrees", "refused", "refuses",
        "wants", "wanted", "hopes", "hoped", "expects", "expected", "will", "would", "has", "had", "to", "backed", "backs", "sent", "sends",
        "launched", "launches", "hastened", "vowed", "vows", "demanded", "demands", "believes", "believed", "fears", "feared", "'s", "’s",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that, after a description ("the military operations", "an army advance"), show it is a
    /// modifier of something else rather than the party itself.
    /// </summary>
    private static readonly FrozenSet<string> ModifiedNouns = new[]
    {
        "operation", "operations", "campaign", "campaigns", "action", "pressure", "situation",
        "picture", "base", "bases", "intelligence", "court", "courts", "council", "convoy", "vehicles", "aircraft",
        "losses", "positions", "position", "presence", "strength", "capabilities", "assessment", "standards",
        "experts", "expert", "analysts", "analyst", "spending", "service", "academy", "parade", "equipment", "hardware", "change",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many sentences back a description looks for a country cue.</summary>
    private const int CueLookback = 3;

    public ImmutableArray<ActorMention> Recognize(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, CancellationToken cancellationToken = default)
    {
        var result = ImmutableArray.CreateBuilder<ActorMention>();
        // Each token's country cue, read once for the article's main country and the sentences' cues.
        var cues = new string?[tokens.Count];
        for (var j = 0; j < cues.Length; j++)
        {
            cues[j] = CueOf(tokens[j].Range.Of(text));
        }

        var documentCountry = MainCountry(cues);
        var recentCues = new Queue<string?>();
        var spans = SentenceTokens.Spans(sentences, tokens);
        var index = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, t) = spans[index++];

            var lastCue = recentCues.LastOrDefault(c => c is not null);
            string? firstCueInSentence = null;
            var k = first;
            for (; k < t && firstCueInSentence is null; k++)
            {
                firstCueInSentence = cues[k];
            }

            // Tokens before k were looked at by the search for the first cue: none cues but the last.
            string? sentenceCue = null;
            for (var i = first; i < t;)
            {
                var cue = i < k - 1 ? null : i == k - 1 ? firstCueInSentence : cues[i];
                if (cue is not null)
                {
                    sentenceCue = cue;
                }

                // The nearest cue before, else the first one after in the same sentence, else earlier sentences, else the article.
                var inSentence = sentenceCue ?? firstCueInSentence;
                var context = inSentence ?? lastCue ?? documentCountry;
                if (Coordinated(text, tokens, i, t) is { } pair)
                {
                    result.Add(pair.First);
                    result.Add(pair.Second);
                    i += 4;
                    continue;
                }

                var (mention, length) = Match(text, tokens, i, t, context, inSentence is not null ? "sentence" : lastCue is not null ? "earlier-sentence" : "article");
                if (mention is not null)
                {
                    result.Add(mention);
                    i += length;
                    continue;
                }

                var compound = HeldCompound(text, tokens[i], context);
                if (compound is not null)
                {
                    result.Add(compound);
                    i++;
                    continue;
                }

                var capital = Capital(text, tokens, i, t);
                if (capital is not null)
                {
                    result.Add(capital);
                }

                i++;
            }

            recentCues.Enqueue(sentenceCue ?? firstCueInSentence);
            if (recentCues.Count > CueLookback)
            {
                recentCues.Dequeue();
            }
        }

        return result.ToImmutable();
    }

    private (ActorMention? Mention, int Length) Match(string text, IReadOnlyList<Token> tokens, int start, int end, string? country, string cueScope)
    {
        var node = dictionary.Trie;
        ActorMention? best = null;
        var bestLength = 0;
        var strippedS = false;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i].Range.Of(text);
            var next = node.Next(token);
            if (next is null && i > start && token.Length > 3 && token[^1] is 's')
            {
                // "Ahrar al-Shams leader", "Nusra Fronts": a possessive written without its apostrophe ends a
                // name. Not a description: "the militant groups" is a plural, not the group.
                next = node.Next(token[..^1]);
                strippedS = next is not null;
            }

            node = next!;
            if (node is null)
            {
                break;
            }

            foreach (var alias in node.Terminals)
            {
                if (!CaseFits(text, tokens, start, alias))
                {
                    continue;
                }

                string rule;
                if (alias.Kind == AliasKind.Description)
                {
                    if (strippedS || (alias.Country.Length > 0 && alias.Country != country)
                        || (i + 1 < end && ModifiedNouns.Contains(AliasTrie.Key(tokens[i + 1].Range.Of(text)))))
                    {
                        continue;
                    }

                    rule = alias.Country.Length > 0 ? $"description/{alias.Country}-cue-in-{cueScope}" : "description";
                }
                else if (alias.Tokens.Length == 1 && PossessiveWithoutApostrophe(text, tokens, i, end))
                {
                    continue;
                }
                else
                {
                    rule = alias.Kind == AliasKind.Acronym ? "acronym" : "alias";
                }

                var last = tokens[i].Range;
                var range = new TextRange(tokens[start].Range.Start, last.Start + AliasTrie.PossessiveFreeLength(last.Of(text)));
                best = new ActorMention(range, alias.Actor, rule);
                bestLength = i - start + 1;
                break;
            }
        }

        return (best, bestLength);
    }

    /// <summary>Words that, after a place's possessive, name a part of it ("Hama's countryside", "Hama's eastern outskirts").</summary>
    private static readonly FrozenSet<string> PlaceParts = new[]
    {
        "countryside", "province", "provincial", "governorate", "outskirts", "suburbs", "city", "rural", "airport", "desert", "plain", "plains",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "in Hamas countryside": a text stripped of its apostrophes writes "Hama's" as "Hamas". A one-word
    /// name that is a place cue with an s, before a word naming a part of that place, is the place.
    /// </summary>
    private static bool PossessiveWithoutApostrophe(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var word = tokens[i].Range.Of(text);
        return i + 1 < end && word.Length > 2 && word[^1] is 's' && CueOf(word[..^1]) is not null
            && PlaceParts.Contains(AliasTrie.Key(tokens[i + 1].Range.Of(text)));
    }

    /// <summary>Plural heads shared by two coordinated modifiers, with the singular an alias may use.</summary>
    private static readonly FrozenDictionary<string, string> SharedHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["governments"] = "government", ["armies"] = "army", ["militaries"] = "military", ["forces"] = "forces", ["troops"] = "troops",
        ["regimes"] = "regime", ["navies"] = "navy",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "the Iraqi and Syrian governments", "Russian and Iranian forces": two modifiers sharing one
    /// plural head are two parties, each the alias its modifier makes with the head.
    /// </summary>
    private (ActorMention First, ActorMention Second)? Coordinated(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 3 >= end || tokens[i + 1].Range.Of(text) is not "and" || !char.IsUpper(tokens[i].Range.Of(text)[0])
            || !SharedHeads.TryGetValue(tokens[i + 3].Range.Of(text).ToString(), out var singular))
        {
            return null;
        }

        var head = tokens[i + 3].Range.Of(text).ToString();
        var first = Pair(tokens[i].Range.Of(text), head, singular);
        var second = first is null ? null : Pair(tokens[i + 2].Range.Of(text), head, singular);
        if (first is null || second is null)
        {
            return null;
        }

        return (new ActorMention(tokens[i].Range, first, "coordinated-head"),
            new ActorMention(new TextRange(tokens[i + 2].Range.Start, tokens[i + 3].Range.End), second, "coordinated-head"));

        Actor? Pair(ReadOnlySpan<char> modifier, string plural, string one)
        {
            var node = dictionary.Trie.Next(modifier);
            var terminal = node?.Next(AliasTrie.Key(one))?.Terminals.FirstOrDefault(a => a.Kind != AliasKind.Description)
                ?? node?.Next(AliasTrie.Key(plural))?.Terminals.FirstOrDefault(a => a.Kind != AliasKind.Description);
            return terminal?.Actor;
        }
    }

    /// <summary>Acronyms match only as written; a capitalised word of a name must be capitalised in the text.</summary>
    private static bool CaseFits(string text, IReadOnlyList<Token> tokens, int start, Alias alias)
    {
        for (var k = 0; k < alias.Surface.Length; k++)
        {
            var expected = alias.Surface[k].AsSpan();
            var actual = tokens[start + k].Range.Of(text);
            actual = actual[..AliasTrie.PossessiveFreeLength(actual)];
            if (alias.Kind == AliasKind.Acronym)
            {
                if (!actual.SequenceEqual(expected))
                {
                    return false;
                }
            }
            else if (char.IsUpper(expected[0]) && !char.IsUpper(actual[0]))
            {
                return false;
            }
        }

        return true;
    }

    private ActorMention? Capital(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var word = tokens[i].Range.Of(text);
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return null;
        }

        var name = word[..AliasTrie.PossessiveFreeLength(word)].ToString();
        if (name.Length == word.Length && Governed.TryGetValue(name, out var state) && dictionary.Actors.TryGetValue(state, out var government)
            && i + 1 < end && ActingWords.Contains(AliasTrie.Key(tokens[i + 1].Range.Of(text))) && tokens[i + 1].Range.Of(text) is not ("'s" or "’s" or "to")
            && !(i + 2 < end && tokens[i + 2].Range.Of(text) is "by")
            && (i == 0 || !NotSubjectBefore.Contains(tokens[i - 1].Range.Of(text).ToString())))
        {
            // "Iraq has been carrying out its final campaign", "Syria said": a country that acts is its government (not "Syria's east").
            return new ActorMention(tokens[i].Range, government, "metonym/country");
        }

        if (!Capitals.TryGetValue(name, out var id) || !dictionary.Actors.TryGetValue(id, out var actor))
        {
            return null;
        }

        var possessive = name.Length < word.Length;
        var acts = possessive || (i + 1 < end && ActingWords.Contains(AliasTrie.Key(tokens[i + 1].Range.Of(text))));
        return acts ? new ActorMention(TextRange.FromLength(tokens[i].Range.Start, name.Length), actor, "metonym/capital") : null;
    }

    /// <summary>Suffixes of a compound that name who holds or runs the thing it modifies ("ISIL-held", "rebel-controlled").</summary>
    private static readonly string[] HeldSuffixes = ["-held", "-controlled", "-run", "‑held", "–held"];

    /// <summary>
    /// "ISIL-held border post", "regime-controlled areas", "rebel-held Idlib": the prefix of the
    /// compound names the holder. It is looked up as a name, else as a description with "forces"
    /// ("regime" → "regime forces"), so the claim rules can read the holder; the mention covers the prefix only.
    /// </summary>
    private ActorMention? HeldCompound(string text, Token token, string? country)
    {
        var word = token.Range.Of(text);
        foreach (var suffix in HeldSuffixes)
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var prefix = word[..^suffix.Length];
            var range = TextRange.FromLength(token.Range.Start, prefix.Length);
            foreach (var candidate in new[] { prefix.ToString(), prefix.ToString() + " forces", prefix.ToString() + "s" })
            {
                var node = dictionary.Trie;
                foreach (var part in candidate.Split(' '))
                {
                    node = node?.Next(AliasTrie.Key(part));
                }

                var alias = node?.Terminals.FirstOrDefault(a =>
                    (a.Kind != AliasKind.Acronym || candidate.StartsWith(a.Surface[0], StringComparison.Ordinal))
                    && (a.Kind != AliasKind.Description || a.Country.Length == 0 || a.Country == country));
                if (alias is not null)
                {
                    return new ActorMention(range, alias.Actor, "compound/held-by");
                }
            }
        }

        return null;
    }

    /// <summary>The country the article is most about, by its cue words; null when none or tied.</summary>
    private static string? MainCountry(string?[] cues)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in cues)
        {
            if (c is { } cue)
            {
                counts[cue] = counts.GetValueOrDefault(cue) + 1;
            }
        }

        var ordered = counts.OrderByDescending(c => c.Value).ToList();
        return ordered.Count == 0 || (ordered.Count > 1 && ordered[0].Value == ordered[1].Value) ? null : ordered[0].Key;
    }
}
