using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Recognition.Actors;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Recognition.People;

/// <summary>
/// Finds people and the organisation each speaks for. A run of capitalised name words is a
/// person when something says so: a title ("Col", "President"), a role ("spokeswoman Heather
/// Nauert"), an apposition ("Rami Abdel Rahman, who heads…"), an affiliation ("Nicholas Heras at
/// the Center…"), a speech verb next to it, the directory of known people, or an earlier mention
/// with the same surname. The organisation comes from the directory, the apposition or
/// affiliation, or the titles and parties just before the name; later mentions inherit it.
/// </summary>
public sealed class PeopleRecognizer(PeopleDirectory directory)
{
    private static readonly FrozenSet<string> Titles = Set(
        "President", "Presidents", "Col", "Col.", "Colonel", "Gen", "Gen.", "General", "Lt", "Lt.", "Lieutenant", "Maj", "Maj.", "Major",
        "Capt", "Capt.", "Captain", "Sgt", "Sgt.", "Sergeant", "Brig", "Brig.", "Brigadier", "Adm", "Adm.", "Admiral", "Minister", "Prime",
        "Secretary", "Sheikh", "Shaikh", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "Professor", "King", "Prince",
        "Emir", "Ayatollah", "Imam", "Sayyed", "Sayyid", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Ambassador", "Envoy", "Commander", "Chief", "Spokesman", "Spokeswoman",
        "Foreign", "Defence", "Defense", "Interior", "Deputy", "Vice", "Acting", "Former", "Supreme");

    private static readonly FrozenSet<string> Roles = Set(
        "spokesman", "spokeswoman", "spokesperson", "analyst", "expert", "scholar", "researcher", "director", "head", "leader", "commander",
        "envoy", "official", "minister", "chief", "academic", "journalist", "activist", "correspondent", "professor", "president", "fellow",
        "founder", "chairman", "governor", "mayor", "colonel", "general", "officer", "adviser", "advisor", "representative", "monitor", "cleric");

    private static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "tells", "added", "adds", "warned", "warns", "estimated", "estimates", "predicted", "predicts", "argued", "argues",
        "noted", "notes", "explained", "explains", "wrote", "writes", "insisted", "insists", "stressed", "believes", "believed", "thinks",
        "claimed", "claims", "announced", "announces", "asked", "put", "stated", "states", "reported", "reports", "commented", "acknowledged");

    /// <summary>Capitalised words that begin sentences or name things other than people.</summary>
    private static readonly FrozenSet<string> NotNames = Set(
        "The", "A", "An", "On", "In", "At", "Of", "For", "And", "But", "Or", "As", "By", "To", "With", "From", "After", "Before", "While", "When",
        "If", "It", "Its", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Here", "According", "Despite", "Although",
        "Though", "Yet", "Since", "Until", "During", "Both", "All", "Some", "Many", "Most", "Several", "Such", "Not", "No", "Only", "Also", "Even",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Earlier", "Later", "Meanwhile", "However", "Officials", "Estimates", "Forces", "Fighters", "Air", "Government",
        "Syria", "Iraq", "Syrian", "Iraqi", "Kurdish", "Arab", "Muslim", "Muslims", "Shiite", "Sunni", "Shia", "Islamic", "Jihadi", "Jihadist",
        "Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East", "West", "Middle", "Great", "Battle", "Province", "City",
        "River", "Valley", "Desert", "Camp", "Dam", "Border", "Objectively", "Simultaneously", "Recently", "Overall", "Confirmation", "Engineering");

    /// <summary>Nationality words that place a titled person in a party: "French President Emmanuel Macron".</summary>
    private static readonly FrozenDictionary<string, string> Nationalities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["French"] = "france", ["US"] = "united_states", ["U.S."] = "united_states", ["American"] = "united_states", ["Russian"] = "russia",
        ["Iranian"] = "iran", ["Turkish"] = "turkey", ["Syrian"] = "syrian_government", ["Iraqi"] = "iraqi_government", ["British"] = "united_kingdom",
        ["Israeli"] = "israel", ["Jordanian"] = "jordan", ["Saudi"] = "saudi_arabia",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parties that people speak for as staff rather than as citizens, preferred in a title chain.</summary>
    private static bool IsInstitution(ActorType type) =>
        type is ActorType.Coalition or ActorType.Monitor or ActorType.Media or ActorType.Research or ActorType.Agency or ActorType.InternationalOrg;

    private const int TitleChainTokens = 6;

    private const int AppositionTokens = 25;

    public ImmutableArray<PersonMention> Recognize(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> actors, CancellationToken cancellationToken = default)
    {
        var result = ImmutableArray.CreateBuilder<PersonMention>();
        var known = new List<PersonMention>();
        // Each name's folded words, folded once: every candidate is compared with every earlier person.
        var folds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var actorAt = new Dictionary<int, ActorMention>();
        var actorCovered = new HashSet<int>();
        var a = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (a < actors.Count && actors[a].Range.End <= tokens[t].Range.Start)
            {
                a++;
            }

            if (a < actors.Count && actors[a].Range.Overlaps(tokens[t].Range))
            {
                actorCovered.Add(t);
                actorAt[t] = actors[a];
            }
        }

        var spans = SentenceTokens.Spans(sentences, tokens);
        var index = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, ti) = spans[index++];

            var i = first;
            while (i < ti)
            {
                if (!IsNameToken(text, tokens[i], actorCovered.Contains(i)) || NotNames.Contains(Word(text, tokens[i])))
                {
                    i++;
                    continue;
                }

                var start = i;
                var end = i + 1;
                while (end < ti && (IsNameToken(text, tokens[end], actorCovered.Contains(end)) || (IsParticle(text, tokens[end]) && end + 1 < ti && IsNameToken(text, tokens[end + 1], actorCovered.Contains(end + 1)))))
                {
                    end++;
                }

                // Titles at the front of the run are the role, not the name.
                string? title = null;
                while (start < end && (Titles.Contains(Word(text, tokens[start])) || Nationalities.ContainsKey(Word(text, tokens[start]))))
                {
                    if (Nationalities.ContainsKey(Word(text, tokens[start])))
                    {
                        start++;
                        continue;
                    }

                    title = title is null ? Word(text, tokens[start]) : title + " " + Word(text, tokens[start]);
                    start++;
                }

                if (start < end)
                {
                    var mention = Decide(text, tokens, first, ti, start, end, title, actorAt, known, folds);
                    if (mention is not null)
                    {
                        result.Add(mention);
                        known.Add(mention);
                    }
                }

                i = end;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// "the Democratic Republic of the Congo", "Central Bank of the …": a run after an article, or with a word that
    /// names institutions or states rather than people, is no person however "of the" follows it.
    /// </summary>
    private static bool InstitutionLike(string text, IReadOnlyList<Token> tokens, int start, int end, string? before)
    {
        if (before is "the" or "The" or "a" or "A" or "an" or "An")
        {
            return true;
        }

        for (var k = start; k < end; k++)
        {
            if (Sitrep.Recognition.Places.PlaceWords.NeverAlone.Contains(Word(text, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    private PersonMention? Decide(string text, IReadOnlyList<Token> tokens, int first, int last, int start, int end, string? title, Dictionary<int, ActorMention> actorAt, List<PersonMention> known, Dictionary<string, string[]> folds)
    {
        var lastToken = tokens[end - 1].Range;
        var range = new TextRange(tokens[start].Range.Start, lastToken.Start + AliasTrie.PossessiveFreeLength(lastToken.Of(text)));
        var name = range.Slice(text);
        var words = end - start;

        var before = start > first ? Word(text, tokens[start - 1]) : null;
        var after = end < last ? Word(text, tokens[end]) : null;
        var role = title ?? (before is not null && Roles.Contains(before) ? before : null);

        // "the town of Maarat al-Numan": a name introduced by a place noun is a place.
        if (start - 2 >= first && Word(text, tokens[start - 1]) == "of" && PlaceNouns.Contains(Word(text, tokens[start - 2])))
        {
            return null;
        }

        var directoryEntry = directory.Find(name);
        var earlier = known.LastOrDefault(p => SameSurname(p.Name, name, folds));
        string? rule = null;
        if (directoryEntry is not null)
        {
            rule = "known-person";
        }
        else if (earlier is not null)
        {
            rule = "earlier-mention";
        }
        else if (title is not null)
        {
            rule = "title";
        }
        else if (role is not null)
        {
            rule = "role";
        }
        else if (words >= 2 && after == "," && IsPersonApposition(text, tokens, end + 1, last))
        {
            rule = "apposition";
        }
        else if (words >= 2 && after is "at" or "of" && end + 1 < last && Word(text, tokens[end + 1]) == "the" && !InstitutionLike(text, tokens, start, end, before))
        {
            rule = "affiliation";
        }
        else if (words >= 2 && ((before is not null && SpeechVerbs.Contains(before)) || (after is not null && SpeechVerbs.Contains(after))))
        {
            rule = "speech-verb";
        }

        if (rule is null)
        {
            return null;
        }

        if (role is null && after == ",")
        {
            role = AppositionRole(text, tokens, end + 1, last);
        }

        // The organisation: the directory, what follows the name, what precedes it, or an earlier mention.
        string? org = null;
        string? orgRule = null;
        if (directoryEntry is not null)
        {
            (org, orgRule) = (directoryEntry.Org, "known-person");

            // The article's own title for the person ("Col Ryan Dillon … Dillon added") before the directory's.
            role ??= (earlier is not null && earlier.Name == directoryEntry.Name ? earlier.Role : null) ?? directoryEntry.Role;
            name = directoryEntry.Name;
        }

        if (org is null && rule is "apposition" or "affiliation" || (org is null && after is "," or "at" or "of"))
        {
            var inClause = FirstActorInClause(text, tokens, end, last, actorAt);
            if (inClause is not null)
            {
                (org, orgRule) = (inClause.Actor.Id, "apposition");
            }
        }

        if (org is null)
        {
            (org, orgRule) = TitleChain(text, tokens, first, start, actorAt);
        }

        if (earlier is not null && directoryEntry is null)
        {
            name = earlier.Name.Length >= name.Length ? earlier.Name : name;
            org ??= earlier.Org;
            orgRule ??= earlier.Org is null ? null : "earlier-mention";
            role ??= earlier.Role;
        }

        return new PersonMention(range, name, org, role?.ToLowerInvariant().TrimEnd('.'), rule, orgRule);
    }

    /// <summary>An actor named in the clause after the name, up to the next comma or speech verb.</summary>
    private static ActorMention? FirstActorInClause(string text, IReadOnlyList<Token> tokens, int end, int last, Dictionary<int, ActorMention> actorAt)
    {
        for (var k = end + 1; k < Math.Min(last, end + AppositionTokens); k++)
        {
            var w = Word(text, tokens[k]);
            if (actorAt.TryGetValue(k, out var actor) && actor.Actor.Type is not ActorType.NonStateArmedGroup and not ActorType.Civilians and not ActorType.Generic)
            {
                return actor;
            }

            if (k > end + 1 && (w is "," or ";" or "." || SpeechVerbs.Contains(w)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The party named in the titles just before a name: an institution first, else a nationality.</summary>
    private static (string? Org, string? Rule) TitleChain(string text, IReadOnlyList<Token> tokens, int first, int start, Dictionary<int, ActorMention> actorAt)
    {
        string? nation = null;
        for (var k = start - 1; k >= Math.Max(first, start - TitleChainTokens); k--)
        {
            var w = Word(text, tokens[k]);
            if (actorAt.TryGetValue(k, out var actor))
            {
                if (IsInstitution(actor.Actor.Type))
                {
                    return (actor.Actor.Id, "title-chain");
                }

                nation ??= actor.Actor.Id;
                continue;
            }

            if (Nationalities.TryGetValue(w, out var n))
            {
                nation ??= n;
                continue;
            }

            if (!(Titles.Contains(w) || Roles.Contains(w) || w is "the" or "a" or "an" or "'s" or "’s" || char.IsUpper(w[0])))
            {
                break;
            }
        }

        return nation is null ? (null, null) : (nation, "nationality");
    }

    /// <summary>
    /// ", who heads …", ", director of …", ", an academic and expert …": an apposition that describes a
    /// person (a role word before any place word), not a town (", the last major town …").
    /// </summary>
    private static bool IsPersonApposition(string text, IReadOnlyList<Token> tokens, int from, int last)
    {
        for (var k = from; k < Math.Min(last, from + 6); k++)
        {
            var w = Word(text, tokens[k]);
            if (w == "who" && k == from)
            {
                return true;
            }

            if (Roles.Contains(w))
            {
                // ", a monitor said": the role is the subject of its own verb, not an apposition.
                return !(k + 1 < last && SpeechVerbs.Contains(Word(text, tokens[k + 1])));
            }

            if (PlaceNouns.Contains(w) || w is "," or "." or ";")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first role word of an apposition (", a researcher at …", ", director of …").</summary>
    private static string? AppositionRole(string text, IReadOnlyList<Token> tokens, int from, int last)
    {
        for (var k = from; k < Math.Min(last, from + 6); k++)
        {
            var w = Word(text, tokens[k]);
            if (Roles.Contains(w))
            {
                return w;
            }

            if (w is "," or "." or ";")
            {
                return null;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> PlaceNouns = Set(
        "town", "city", "village", "province", "capital", "stronghold", "bastion", "area", "region", "camp", "district", "neighbourhood",
        "neighborhood", "country", "border", "crossing", "base", "river", "valley", "desert", "enclave", "pocket", "governorate", "suburb");

    private static bool SameSurname(string known, string candidate, Dictionary<string, string[]> folds)
    {
        var k = FoldedWords(known, folds);
        var c = FoldedWords(candidate, folds);
        if (c.Length == 0 || k.Length == 0 || c.Length > k.Length)
        {
            return false;
        }

        // "Dillon" and "Abdel Rahman" end the known name; "Ayman al-Tamimi" shares its first and last names.
        return k.AsSpan(k.Length - c.Length).SequenceEqual(c) || (c.Length >= 2 && c[0] == k[0] && c[^1] == k[^1]);
    }

    private static string[] FoldedWords(string name, Dictionary<string, string[]> folds)
    {
        if (!folds.TryGetValue(name, out var words))
        {
            folds[name] = words = NameFold.Fold(name).Split(' ');
        }

        return words;
    }

    /// <summary>A capitalised word ("Heras"), a name with a lower-case article ("al-Tamimi"), not an acronym or a party.</summary>
    private static bool IsNameToken(string text, Token token, bool coveredByActor)
    {
        if (token.Kind != TokenKind.Word || coveredByActor)
        {
            return false;
        }

        var s = token.Range.Of(text);
        if (s.Length > 3 && (s.StartsWith("al-") || s.StartsWith("el-") || s.StartsWith("as-") || s.StartsWith("ad-") || s.StartsWith("ar-") || s.StartsWith("ash-")))
        {
            return char.IsUpper(s[s.IndexOf('-') + 1]);
        }

        if (s.Length < 2 || !char.IsUpper(s[0]))
        {
            return false;
        }

        // An all-capital word is an acronym unless it is a title abbreviation.
        var core = s[..AliasTrie.PossessiveFreeLength(s)];
        return core.Length < 2 || core[1..].ContainsAnyExcept(UpperAndPunctuation) || Titles.Contains(core.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> UpperAndPunctuation = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.-'’");

    private static bool IsParticle(string text, Token token) => token.Range.Of(text) is "bin" or "ibn" or "al" or "de" or "van" or "von" or "el" or "bint";

    private static string Word(string text, Token token) => token.Range.Slice(text);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
