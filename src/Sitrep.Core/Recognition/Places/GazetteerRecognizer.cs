using System.Collections.Immutable;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Recognises the gazetteer's names in a text in one pass of the <see cref="NameMatcher"/> and keeps
/// those that read as places, then merges them with the mentions the context rules found
/// (<see cref="ToponymRecognizer"/>): a context mention the gazetteer knows, or one it has nothing
/// inside, wins its span; one it does not know but with a known name inside ("in Baghdad Tuesday")
/// gives way to the name.
/// </summary>
/// <remarks>
/// False friends dropped: names not capitalised as names; names of parties and people already
/// recognised; months, weekdays and capitalised institutions (<see cref="PlaceWords.NeverAlone"/>); a
/// name inside a longer capitalised name ("Washington Post", "Hillary Clinton") unless the word
/// after is a place noun or a title ("Nineveh Province", "Texas Governor"); a one-word name after a
/// title or before a speech verb ("President Obama", "Jordan said"); and an English word that is
/// also a small place ("Most", "Police", "Reading") at the start of a sentence, or elsewhere unless
/// the text puts something at it or it is large. Surnames of people once seen are not places later
/// in the same article unless a locative introduces them.
/// </remarks>
internal sealed class GazetteerRecognizer(PlaceIndex index)
{
    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["county", "parish", "borough", "province", "governorate", "district", "region", "city", "town", "village", "township", "state", "camp",
         "countryside", "municipality", "prefecture", "oblast"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule of a demonym that refers to its country without locating anything ("Russian officials"); claims leave these aside.</summary>
    public const string Demonym = "demonym";

    /// <summary>The rule of a place named inside an institution's name ("Texas Southern University"); claims leave these aside.</summary>
    public const string Embedded = "embedded";

    /// <summary>A place this large (or a country or a first-order division) is a place even when its name is an English word.</summary>
    private const long LargePopulation = 100_000;

    public List<PlaceCandidate> Recognize(
        string text,
        ImmutableArray<ToponymMention> context,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PersonMention> people,
        CancellationToken cancellationToken)
    {
        var gazetteer = index.Gazetteer;
        var blockedByPeople = people.Select(p => p.Range).OrderBy(r => r.Start).ToList();
        var blockedByActors = actors.Select(a => a.Range).OrderBy(r => r.Start).ToList();
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in people)
        {
            var last = LastWord(p.Range.Of(text));
            if (last.Length > 0)
            {
                surnames.Add(last.ToString());
            }
        }

        // 1. Every match that is written as a name, then the leftmost-longest of those.
        var written = new List<NameMatch>();
        var masked = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        ImmutableArray<NameMatch> matches;
        try
        {
            ForMatching(text, masked);
            matches = index.Matcher.Find(masked.AsSpan(0, text.Length), cancellationToken);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(masked);
        }

        foreach (var found in matches)
        {
            // "the ‘Great Battle of Aleppo’": a closing quote mark glued to the name is not part of it.
            var m = found.Range.Length > 1 && text[found.Range.End - 1] is '\'' or '’' or '‘'
                ? found with { Range = new TextRange(found.Range.Start, found.Range.End - 1) }
                : found;
            if (m.EntryIds.IsEmpty || !WrittenAsName(text, m.Range) || Overlaps(blockedByPeople, m.Range))
            {
                continue;
            }

            // "The New York Times" is no place called "The New": a leading "The" belongs to the name only when the place's own name has it ("The Hague").
            if (m.Range.Of(text).StartsWith("The ", StringComparison.OrdinalIgnoreCase) && !m.EntryIds.Any(id => gazetteer.Entries[id].Name.StartsWith("The ", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // A party named after a state or its capital ("the United States", "France", "US-led", "Paris") still names the place; other
            // parties ("Islamic State", "Free Syrian Army") are not places.
            // A longer place name around a party's name is the place: "North America" around "America".
            if (Overlaps(blockedByActors, m.Range) && !actors.All(a => !a.Range.Overlaps(m.Range) || (m.Range.Contains(a.Range) && m.Range != a.Range)))
            {
                if (!IsLarge(gazetteer, m.EntryIds, out _) || actors.Any(a => a.Range.Overlaps(m.Range) && a.Actor.Type is ActorType.NonStateArmedGroup or ActorType.Militia))
                {
                    continue; // "Al-Qaeda" is no Malaysian state, "Hezbollah" no place
                }
            }

            written.Add(m);
        }

        var longest = new List<NameMatch>();
        var reached = 0;
        foreach (var m in written)
        {
            if (m.Range.Start >= reached)
            {
                longest.Add(m);
                reached = m.Range.End;
            }
        }

        // "Hayy al-Qadam": the Arabic word for a quarter joins the quarter's name (not "Al Hayy" in Iraq, then a surname).
        for (var k = longest.Count - 2; k >= 0; k--)
        {
            if (longest[k + 1].Range.Start == longest[k].Range.End + 1 && QuarterHeads.Contains(longest[k].Range.Of(text).ToString()))
            {
                var name = longest[k + 1];
                longest[k + 1] = name with { Range = new TextRange(longest[k].Range.Start, name.Range.End), Words = name.Words + 1 };
                longest.RemoveAt(k);
            }
        }

        // 2. Keep those that read as places.
        var kept = new List<PlaceCandidate>();
        foreach (var m in longest)
        {
            var surface = m.Range.Slice(text);
            var oneWord = m.Words == 1 && surface.AsSpan().IndexOfAny(' ', '-') < 0;
            if (oneWord && PlaceWords.NeverAlone.Contains(surface))
            {
                continue;
            }

            // "Syrian", "Palestinian": a country's demonym is an adjective, not a place mention — unless it locates
            // something in the country: "the Syrian town of", "the Turkish border", "Iraqi territory".
            // Either way the demonym refers to the country, as geoparsing corpora annotate it ("Russian officials",
            // "Mexicans"); only a locating one ("demonym-locates") places a claim, and claims leave the rest aside.
            if (IsDemonym(index, m, surface))
            {
                // Not inside the name of a monitor, an outlet or an armed group ("the Syrian Observatory", "Free Syrian Army").
                if (actors.Any(a => a.Range.Overlaps(m.Range) && a.Range != m.Range && a.Actor.Type is not (ActorType.StateForces or ActorType.Government or ActorType.Coalition)))
                {
                    continue;
                }

                // The country, else the world region ("European") the demonym names.
                var country = m.EntryIds.FirstOrDefault(id => gazetteer.Entries[id].Level == PlaceLevel.Country, -1) is var countryId and >= 0
                    ? countryId
                    : m.EntryIds.First(id => gazetteer.Entries[id].FeatureCode == "RGN");
                var name = gazetteer.Entries[country].Name;
                var demonymLevel = gazetteer.Entries[country].Level;
                // Not "the Syrian town of Mayadeen": the town names the place.
                var noun = NextWord(text, m.Range.End);
                var nounEnd = text.IndexOf(noun, m.Range.End, StringComparison.Ordinal) + noun.Length;
                var locates = noun.Length > 0 && PlaceWords.LocatedNouns.Contains(noun) && NextWord(text, nounEnd) != "of";
                kept.Add(new PlaceCandidate(new ToponymMention(m.Range, name, demonymLevel, null, null, null, locates ? "demonym-locates" : Demonym), [country], true, locates));
                continue;
            }

            // "Then" is no "Tenn.", "Lane" no Lääne, "Main" no Mayen, "Route" no Rota: an English word names a place only
            // where a place's own name is written so (case and accents aside), never through folding or another spelling.
            var match = m;
            if (oneWord && ReadsAsEnglishWord(text, m.Range, surface))
            {
                var literal = WrittenSo(gazetteer, m.EntryIds, surface);
                if (literal.IsEmpty)
                {
                    continue;
                }

                match = m with { EntryIds = literal };
            }

            var big = IsLarge(gazetteer, match.EntryIds, out var hasCountryOrAdmin1);
            var curated = AnyEntry(gazetteer, match.EntryIds, static e => e is { Source: GazetteerSource.Sitrep } or { FeatureCode: "RGN" });
            if (surface.Length == 2 && !hasCountryOrAdmin1 && !IsAllCaps(surface))
            {
                continue;
            }

            // A name in capitals is a heading or an acronym, unless it opens a dateline ("COLUMBUS, Ohio (AP) —", "SAN DIEGO (AP) -").
            if (IsAllCaps(surface) && !hasCountryOrAdmin1 && !(surface.Length > 2 && Dateline(text, m.Range)))
            {
                continue;
            }

            // "Wal-Mart", "Coca-Cola": a capitalised word joined by a hyphen makes one longer name ("Iraq-Syria", "Asia-Pacific" still name places).
            if (!hasCountryOrAdmin1 && !curated && m.Range.End + 1 < text.Length && text[m.Range.End] == '-' && char.IsUpper(text[m.Range.End + 1]))
            {
                continue;
            }

            var hasCountry = AnyEntry(gazetteer, match.EntryIds, static e => e.Level == PlaceLevel.Country);
            var supported = Supported(text, m.Range.Start);
            var initial = SentenceInitial(text, m.Range.Start);
            var previous = PreviousWord(text, m.Range.Start, out var previousStart);
            var next = NextWord(text, m.Range.End);

            // "the West Bank of the river": a river's bank, not the Palestinian territory.
            if (surface.EndsWith(" Bank", StringComparison.OrdinalIgnoreCase) && next is "of")
            {
                continue;
            }

            // "Col Ryan Dillon", "Sen. Ray Miller", "St. Paul's Church": a title before a name, whatever place shares its spelling.
            var nextPastStop = m.Range.End < text.Length && text[m.Range.End] == '.' ? NextWord(text, m.Range.End + 1) : next;
            if (oneWord && PlaceWords.Titles.Contains(surface) && nextPastStop.Length > 0 && char.IsUpper(nextPastStop[0]))
            {
                continue;
            }

            // "Michael E. Berland", "Taylor Neaton", "Patrick said": a given name before a capitalised word, an initial or a speech verb is a person's,
            // whatever town or division of a city list shares it; so is one the text does not put anything at ("Taylor won").
            // Not a region or place the curated tables name ("Asia", "Victoria" the state), nor one a division holds ("Gary, Ind.").
            if (oneWord && !hasCountry && PlaceWords.GivenNames.Contains(surface) && !curated
                && ((next.Length > 0 && char.IsUpper(next[0]) && !PlaceWords.KeepAfter.Contains(next))
                    || (PlaceWords.SpeechVerbs.Contains(next) && !supported && !AnyEntry(gazetteer, match.EntryIds, static e => e.Population >= LargePopulation))
                    || (!supported && !big && !hasCountryOrAdmin1 && !AnyEntry(gazetteer, match.EntryIds, static e => e.Level == PlaceLevel.Admin2) && !DivisionAfterComma(gazetteer, longest, m, text))))
            {
                continue;
            }

            // Part of a longer capitalised name: "Washington Post", "Paris Hilton", "Hillary Clinton", "President Obama".
            // A country before a capitalised word modifies it ("U.S. Centers for Disease
            // Control", "Iraq War"), but a newspaper's title does not name the place ("Washington Post").
            if (next.Length > 0 && char.IsUpper(next[0]) && !PlaceWords.KeepAfter.Contains(next) && !PlaceWords.Joiners.Contains(next)
                && !(StartsPlace(longest, match, text) && !initial) && (!hasCountry || PlaceWords.Mastheads.Contains(next)))
            {
                // Still a reference to the place when it names an institution of it ("Texas Southern University", "Ohio State
                // University", "the Washington Post"), as geoparsing corpora annotate it; claims leave these aside.
                if (big && AnyOwnName(match) && !PlaceWords.GivenNames.Contains(surface) && !(previous.Length > 0 && char.IsUpper(previous[0]) && !PlaceWords.KeepBefore.Contains(previous))
                    && InstitutionFollows(text, m.Range.End))
                {
                    var embeddedLevel = LevelOf(gazetteer, match.EntryIds);
                    kept.Add(new PlaceCandidate(new ToponymMention(m.Range, surface, embeddedLevel, null, null, null, Embedded), match.EntryIds, false, false));
                }

                continue;
            }

            if (previous.Length > 0 && char.IsUpper(previous[0]) && !PlaceWords.KeepBefore.Contains(previous))
            {
                var previousInitial = SentenceInitial(text, previousStart);
                var titled = PlaceWords.Titles.Contains(previous);
                if (titled || !previousInitial || !PlaceWords.Common.Contains(previous))
                {
                    if (oneWord && !hasCountryOrAdmin1)
                    {
                        surnames.Add(surface);
                    }

                    // "Michael Jordan": even a country is a surname after a first name, unless that word is a place
                    // or a demonym itself ("Iraqi Kurdistan").
                    var previousIsPlace = kept.Count > 0 && kept[^1].Mention.Range.End == previousStart + previous.TrimEnd('-').Length;
                    if (!hasCountryOrAdmin1 || titled || !previousIsPlace)
                    {
                        continue;
                    }
                }
            }

            // "Ebola virus", "Marburg fever": a disease named after a place.
            if (PlaceWords.DiseaseNouns.Contains(next) || next.EndsWith("virus", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (oneWord && !hasCountryOrAdmin1 && !supported)
            {
                // Found only through an alternate name of a small place ("Ebola" for a town in Algeria), or of any
                // place when the word is English or short ("Zoo" for Mülheim, "Mad" for Madrid, "Jin").
                if (!AnyOwnName(m, surface) && (!big || PlaceWords.Common.Contains(surface) || surface.Length <= 4))
                {
                    continue;
                }

                if (surnames.Contains(surface) || PlaceWords.SpeechVerbs.Contains(next))
                {
                    continue;
                }

                if (PlaceWords.Common.Contains(surface) && (initial || !big))
                {
                    continue;
                }
            }

            var level = LevelOf(gazetteer, match.EntryIds);
            var range = WithInitialsStop(text, m.Range);
            // A dateline's "SAN DIEGO" is reported as the name is written in running text.
            var reported = IsAllCaps(surface) && surface.Length > 3
                ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(range.Slice(text).ToLowerInvariant())
                : range.Slice(text);
            kept.Add(new PlaceCandidate(new ToponymMention(range, reported, level, null, null, null, "gazetteer"), match.EntryIds, false, supported));
        }

        // 3. Merge with the context rules' mentions.
        var result = new List<PlaceCandidate>();
        var dropped = new HashSet<int>();
        string? focus = null;
        Dictionary<string, (ImmutableArray<int>, double)>? fuzzyFound = null; // a name repeated in the article is looked up once
        foreach (var c in context)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = ContextEntries(gazetteer, text, c);
            // "on Route 20", "at Lane's end": an English word is a place only as a place's own name is written (as above).
            // (The English words are single lower-case words, so a longer span is never one.)
            var word = c.Range.Slice(text);
            if (ReadsAsEnglishWord(text, c.Range, word))
            {
                ids = WrittenSo(gazetteer, ids, word);
                if (ids.IsEmpty)
                {
                    continue;
                }
            }

            if (ids.IsEmpty && !Plausible(text, c))
            {
                continue;
            }

            // "the village of Kweyris", "near Khan Touman": a place the text shows but no key spells, found approximately as a last resort.
            // Only in the country the article names most, and not for a lone word opening a sentence ("Clashes erupted in…").
            double? fuzzy = null;
            if (ids.IsEmpty && !kept.Any(k => k.Mention.Range.Overlaps(c.Range)) && !(c.Range.Of(text).IndexOf(' ') < 0 && SentenceInitial(text, c.Range.Start)))
            {
                focus ??= FocusCountry(gazetteer, kept);
                var folded = NameFolding.Fold(BareName(c));
                fuzzyFound ??= new Dictionary<string, (ImmutableArray<int>, double)>(StringComparer.Ordinal);
                if (!fuzzyFound.TryGetValue(folded, out var found))
                {
                    fuzzyFound[folded] = found = focus.Length == 0 ? ([], 0) : index.Fuzzy.Find(folded, focus);
                }

                var (near, score) = found;
                if (!near.IsEmpty)
                {
                    (ids, fuzzy) = (near, score);
                }
            }

            var inside = new List<int>();
            for (var i = 0; i < kept.Count; i++)
            {
                if (kept[i].Mention.Range.Overlaps(c.Range))
                {
                    inside.Add(i);
                }
            }

            // A longer gazetteer name over the context span wins it ("across North America": not "North").
            if (inside.Any(k => !c.Range.Contains(kept[k].Mention.Range)))
            {
                continue;
            }

            if (!ids.IsEmpty || inside.Count == 0)
            {
                dropped.UnionWith(inside);
                var levelFixed = !c.Rule.StartsWith("after-", StringComparison.Ordinal) && !c.Rule.StartsWith("direction-", StringComparison.Ordinal)
                    && c.Rule is not ("gazetteer" or "list-continuation" or "country-name");
                result.Add(new PlaceCandidate(c, ids, levelFixed, true, fuzzy));
            }
        }

        for (var i = 0; i < kept.Count; i++)
        {
            if (!dropped.Contains(i) && !result.Any(r => r.Mention.Range.Overlaps(kept[i].Mention.Range)))
            {
                result.Add(kept[i]);
            }
        }

        result.Sort((a, b) => a.Mention.Range.Start.CompareTo(b.Mention.Range.Start));
        return result;
    }

    /// <summary>
    /// The text as the matcher should read it, the same length so offsets hold: each possessive
    /// "'s" blanked (folding keeps apostrophes inside words, "Ba'aj", which would make "China's" one
    /// word "chinas"), and the full stops inside initials ("U.S.", "U.K.") made spaces, since a name
    /// never runs across a full stop.
    /// </summary>
    /// <remarks>Written into the first <c>text.Length</c> chars of a buffer (a pooled one, in the pass over an article).</remarks>
    private static void ForMatching(string text, char[] buffer)
    {
        text.CopyTo(0, buffer, 0, text.Length);
        var chars = buffer.AsSpan(0, text.Length);
        MaskLowerCaseWords(chars);
        for (var i = 0; i < chars.Length - 1; i++)
        {
            if (chars[i] == '.' && i > 0 && char.IsUpper(chars[i - 1]) && (i < 2 || !char.IsLetter(chars[i - 2])) && char.IsUpper(chars[i + 1])
                && (i + 2 == chars.Length || !char.IsLetter(chars[i + 2])))
            {
                chars[i] = ' ';
                continue;
            }

            if (chars[i] is not ('\'' or '’') || i == 0 || !char.IsLetter(chars[i - 1]))
            {
                continue;
            }

            // "China's", and the contractions "I've", "we'll", "they're", "I'm", "he'd".
            var rest = i + 1;
            while (rest < chars.Length && char.IsLetter(chars[rest]) && rest - i <= 3)
            {
                rest++;
            }

            var tail = text.AsSpan(i + 1, rest - i - 1);
            if ((rest == chars.Length || !char.IsLetter(chars[rest]))
                && (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
                    || tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase) || tail.Equals("d", StringComparison.OrdinalIgnoreCase)))
            {
                for (var k = i; k < rest; k++)
                {
                    chars[k] = ' ';
                }
            }
        }
    }

    /// <summary>Locatives too weak to make an unknown capitalised name a place: "according to Wikipedia", "died from H5N1", "at Women and Children's Hospital".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> WeakLocatives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["after-to", "after-from", "after-at", "after-into", "after-towards", "after-toward", "after-via", "after-through", "after-across", "after-between"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a context mention the gazetteer does not know is still a place: not after a weak
    /// locative, not a weekday or month ("in Saturday's protests"), not a demonym ("in Saudi hospitals").
    /// </summary>
    private bool Plausible(string text, ToponymMention c)
    {
        if (WeakLocatives.Contains(c.Rule))
        {
            return false;
        }

        var span = c.Range.Of(text);
        var first = span;
        var cut = first.IndexOfAny(' ', '\'', '’');
        if (cut > 0)
        {
            first = first[..cut];
        }

        if (PlaceWords.NeverAlone.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
        {
            return false;
        }

        // "central Haitian": the name after the direction is a demonym.
        var name = c.Qualifier is not null && span.StartsWith(c.Qualifier, StringComparison.OrdinalIgnoreCase) ? span[c.Qualifier.Length..].Trim() : span;
        var key = NameFolding.Fold(name);
        var ids = index.Gazetteer.Lookup(key);
        return ids.IsEmpty || !IsDemonym(index, new NameMatch(c.Range, key, 1, ids), name.ToString());
    }

    /// <summary>
    /// Turns every word that starts in lower case into full stops unless it is a joiner ("al", "de", "of")
    /// that leads into a capitalised word, directly or over one more joiner ("al-Qaim", "Isle of Man",
    /// "Republic of the Congo"): no name kept here starts, ends or goes on with any other lower-case
    /// word (see <see cref="WrittenAsName"/>), so the matcher need not fold it, and a full stop keeps
    /// names on either side of it apart. Most words of a text are such words, "the", "of" and "and"
    /// before lower-case words among them: this is what makes the pass fast.
    /// </summary>
    private static void MaskLowerCaseWords(Span<char> chars)
    {
        var joiners = PlaceWords.Joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        // The words seen but not yet decided: a lower-case joiner waits for the one or two words after it.
        Span<(int Start, int End)> pending = stackalloc (int, int)[2];
        var waiting = 0;
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && (char.IsLetterOrDigit(chars[i]) || chars[i] is '\'' or '’'))
            {
                i++;
            }

            // Not "d'Ivoire", "l'Aquila": an elided article before a capitalised name belongs to it.
            var elided = i - start > 2 && chars[start + 1] is '\'' or '’' && char.IsUpper(chars[start + 2]);
            if (!char.IsLower(chars[start]) || elided)
            {
                waiting = 0; // the joiners before it lead into a name
                continue;
            }

            var joiner = i - start <= MaxJoiner && joiners.Contains(chars.Slice(start, i - start));
            if (joiner && waiting < 2)
            {
                pending[waiting++] = (start, i);
                continue;
            }

            // A lower-case word that is no joiner, or a third joiner in a row: the joiners before it lead nowhere.
            for (var k = 0; k < waiting; k++)
            {
                chars.Slice(pending[k].Start, pending[k].End - pending[k].Start).Fill('.');
            }

            waiting = 0;
            if (joiner)
            {
                pending[waiting++] = (start, i);
            }
            else
            {
                chars.Slice(start, i - start).Fill('.');
            }
        }

        for (var k = 0; k < waiting; k++)
        {
            chars.Slice(pending[k].Start, pending[k].End - pending[k].Start).Fill('.');
        }
    }

    /// <summary>The longest joiner (<see cref="PlaceWords.Joiners"/>: "della", "under").</summary>
    private static readonly int MaxJoiner = PlaceWords.Joiners.Max(j => j.Length);

    /// <summary>
    /// The country an article names most: by name or demonym, or as the only country a place name it
    /// uses can be in; empty when none or tied.
    /// </summary>
    private static string FocusCountry(Gazetteer gazetteer, List<PlaceCandidate> kept)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in kept)
        {
            var country = k.EntryIds.FirstOrDefault(id => gazetteer.Entries[id].Level == PlaceLevel.Country, -1);
            var code = country >= 0 ? gazetteer.CountryOf(country)
                : k.EntryIds.All(id => gazetteer.CountryOf(id) == gazetteer.CountryOf(k.EntryIds[0])) ? gazetteer.CountryOf(k.EntryIds[0]) : string.Empty;
            if (code.Length > 0)
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        var ordered = counts.OrderByDescending(p => p.Value).ToList();
        return ordered.Count == 0 || (ordered.Count > 1 && ordered[0].Value == ordered[1].Value) ? string.Empty : ordered[0].Key;
    }

    /// <summary>A context mention's name without the division word and the direction the rules added ("Deir Ezzor Governorate" → "Deir Ezzor").</summary>
    private static string BareName(ToponymMention c)
    {
        var name = c.Name;
        if (name.EndsWith(" Governorate", StringComparison.Ordinal))
        {
            name = name[..^" Governorate".Length];
        }

        if (c.Qualifier is not null && name.StartsWith(c.Qualifier, StringComparison.OrdinalIgnoreCase))
        {
            name = name[c.Qualifier.Length..].Trim();
        }

        return name;
    }

    /// <summary>The entries a context mention's span names, else (for "X province", "the town of X") its name alone.</summary>
    private static ImmutableArray<int> ContextEntries(Gazetteer gazetteer, string text, ToponymMention c)
    {
        var whole = gazetteer.Lookup(NameFolding.Fold(c.Range.Of(text)));
        if (!whole.IsEmpty)
        {
            return whole;
        }

        var byName = gazetteer.Lookup(NameFolding.Fold(BareName(c)));
        if (!byName.IsEmpty)
        {
            return byName;
        }

        // "Crawford County", "Deir Ezzor province": the span without the place noun that ends it.
        var span = c.Range.Of(text);
        var space = span.LastIndexOf(' ');
        if (space > 0 && PlaceNouns.Contains(span[(space + 1)..].ToString()))
        {
            return gazetteer.Lookup(NameFolding.Fold(span[..space]));
        }

        // "Hayy al-Tadamun", "Harat al-Shawa": the Arabic word for a quarter before the quarter's name is part of its name.
        var first = span.IndexOf(' ');
        return first > 0 && QuarterHeads.Contains(span[..first].ToString()) ? gazetteer.Lookup(NameFolding.Fold(span[(first + 1)..])) : [];
    }

    /// <summary>Transliterated Arabic words for a quarter of a town, written before its name ("Hayy", "Harat").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> QuarterHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Hayy", "Hay", "Hai", "Harat", "Haret", "Hart"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The match names a country or a world region by a form that is not its name and reads as a demonym
    /// ("Syrian", "Iraqis", "Lebanese", "Turkish", "French"; "European", "Middle Eastern").
    /// </summary>
    internal static bool IsDemonym(PlaceIndex index, NameMatch m, string surface)
    {
        if (!(surface.EndsWith("an", StringComparison.Ordinal) || surface.EndsWith("ans", StringComparison.Ordinal) || surface.EndsWith("ese", StringComparison.Ordinal)
            || surface.EndsWith("ish", StringComparison.Ordinal) || surface.EndsWith('i') || surface.EndsWith("is", StringComparison.Ordinal)
            || surface.EndsWith("ch", StringComparison.Ordinal) || surface.EndsWith("ic", StringComparison.Ordinal) || surface.EndsWith("ots", StringComparison.Ordinal)
            || surface.EndsWith("ern", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var id in m.EntryIds)
        {
            var e = index.Gazetteer.Entries[id];
            if ((e.Level == PlaceLevel.Country || e.FeatureCode == "RGN") && index.OwnKey(id) != m.Key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Among the (at most four) capitalised words right after a name, one that heads an institution's name:
    /// "Southern University", "Public Utilities", "State Police", "Post".
    /// </summary>
    private static bool InstitutionFollows(string text, int end)
    {
        var at = end;
        for (var hops = 0; hops < 4; hops++)
        {
            var word = NextWord(text, at);
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            if (PlaceWords.Institutions.Contains(word) || PlaceWords.Mastheads.Contains(word))
            {
                return true;
            }

            at = text.IndexOf(word, at, StringComparison.Ordinal) + word.Length;
        }

        return false;
    }

    /// <summary>Whether any of the entries passes the test (a static test: no delegate made per call).</summary>
    private static bool AnyEntry(Gazetteer gazetteer, ImmutableArray<int> ids, Func<GazetteerEntry, bool> test)
    {
        foreach (var id in ids)
        {
            if (test(gazetteer.Entries[id]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Gary, Ind.", "Austin, Texas": a comma, then a name of a country or first-order division, holds the name before it.</summary>
    private static bool DivisionAfterComma(Gazetteer gazetteer, List<NameMatch> matches, NameMatch m, string text) =>
        m.Range.End < text.Length && text[m.Range.End] == ','
        && MatchAt(matches, SkipSpaces(text, m.Range.End + 1)) is { } other
        && AnyEntry(gazetteer, other.EntryIds, static e => e.Level is PlaceLevel.Country or PlaceLevel.Admin1);

    /// <summary>A short capitalised word with its full stop, as news abbreviates divisions: "Ill.", "Ind.", "Ga.".</summary>
    private static bool Abbreviated(string text, TextRange range) =>
        range.End < text.Length && text[range.End] == '.' && range.Length <= 4 && char.IsUpper(text[range.Start]);

    /// <summary>The entries whose own name is the surface as written, case and accents aside ("Nice", "Most", "Turkey").</summary>
    private static ImmutableArray<int> WrittenSo(Gazetteer gazetteer, ImmutableArray<int> ids, string surface)
    {
        var all = true;
        foreach (var id in ids)
        {
            if (!NameFolding.WrittenAs(gazetteer.Entries[id].Name, surface))
            {
                all = false;
                break;
            }
        }

        return all ? ids : [.. ids.Where(id => NameFolding.WrittenAs(gazetteer.Entries[id].Name, surface))];
    }

    /// <summary>
    /// An English word ("Then", "Lane", "Route"), not in capitals and not a division abbreviated with its full stop
    /// ("Ill.", "Ind."): it names a place only as a place's own name is written (<see cref="WrittenSo"/>).
    /// </summary>
    private static bool ReadsAsEnglishWord(string text, TextRange range, string surface) =>
        !IsAllCaps(surface) && !Abbreviated(text, range) && PlaceWords.Common.Contains(surface);

    /// <summary>
    /// A name in capitals that opens a dateline: at the start of a line or a sentence, then a comma (the state or
    /// country), an opening bracket (the agency) or a dash: "COLUMBUS, Ohio (AP) —", "SAN DIEGO (AP) -", "COLUMBUS --".
    /// </summary>
    private static bool Dateline(string text, TextRange range)
    {
        if (!SentenceInitial(text, range.Start))
        {
            return false;
        }

        var i = SkipSpaces(text, range.End);
        return i < text.Length && text[i] is ',' or '(' or '—' or '–' or '-' or ':';
    }

    private bool AnyOwnName(NameMatch m)
    {
        foreach (var id in m.EntryIds)
        {
            if (index.OwnKey(id) == m.Key)
            {
                return true;
            }
        }

        return false;
    }

    private static PlaceLevel LevelOf(Gazetteer gazetteer, ImmutableArray<int> ids)
    {
        var best = gazetteer.Entries[ids[0]];
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            if (e.Level < best.Level || (e.Level == best.Level && e.Population > best.Population))
            {
                best = e;
            }
        }

        return best.Level;
    }

    private static bool IsLarge(Gazetteer gazetteer, ImmutableArray<int> ids, out bool countryOrAdmin1)
    {
        countryOrAdmin1 = false;
        var large = false;
        foreach (var id in ids)
        {
            var e = gazetteer.Entries[id];
            if (e.Level is PlaceLevel.Country or PlaceLevel.Admin1)
            {
                countryOrAdmin1 = true;
                large = true;
            }
            else if (e.Population >= LargePopulation && e.Level != PlaceLevel.Admin2)
            {
                // Not a county or district: its population is its places' summed, no sign that an English word is meant as it ("Met", "Lot", "Some").
                large = true;
            }
        }

        return large;
    }

    /// <summary>
    /// <see cref="AnyOwnName(NameMatch)"/>, but a county's or district's name counts only as written, case and accents
    /// aside: "Meath", not "Meth", "Matt" or "Met", which fold to it (the match would then go to a place that only
    /// an alternate name makes it: Matadi).
    /// </summary>
    private bool AnyOwnName(NameMatch m, string surface)
    {
        var compare = System.Globalization.CultureInfo.InvariantCulture.CompareInfo;
        return AnyOwnName(m with
        {
            EntryIds = [.. m.EntryIds.Where(id => index.Gazetteer.Entries[id] is var e && (e.Level != PlaceLevel.Admin2
                || compare.Compare(e.Name, surface, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0))],
        });
    }

    /// <summary>
    /// Every word of the span capitalised but for joiners inside it ("Kafr el-Sheikh", "Rio de
    /// Janeiro"); the first word may be an article joined by a hyphen ("al-Hasakah"), the last is
    /// always capitalised; and a one-word name has at least three letters unless it is in capitals
    /// ("US", "UK").
    /// </summary>
    private static bool WrittenAsName(string text, TextRange range)
    {
        var span = range.Of(text);
        var joiners = PlaceWords.Joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        var words = 0;
        var lastCapitalised = false;
        var letters = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] is '\'' or '’'))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = span[start..i];
            letters += word.Length;
            words++;
            if (char.IsUpper(word[0]) || (word.Length > 2 && word[1] is '\'' or '’' && char.IsUpper(word[2])))
            {
                lastCapitalised = true;
                continue;
            }

            lastCapitalised = false;
            var hyphenedArticle = words == 1 && i < span.Length && span[i] is '-' or '‐' or '‑';
            if (char.IsDigit(word[0]) || !joiners.Contains(word) || (words == 1 && !hyphenedArticle))
            {
                return false;
            }
        }

        // Two letters and a full stop: an abbreviated division ("Ga.", "Pa."), checked by the caller.
        var abbreviated = range.End < text.Length && text[range.End] == '.';
        return lastCapitalised && (words > 1 || letters >= 3 || IsAllCaps(span.ToString()) || (abbreviated && letters == 2));
    }

    /// <summary>
    /// A name written in initials ("U.S", "U.A.E" as matched) with the full stop after its last
    /// initial: "U.S.". The matcher reads each full stop of initials as a space, so the match ends
    /// at the last letter.
    /// </summary>
    internal static TextRange WithInitialsStop(string text, TextRange range)
    {
        if (range.End >= text.Length || text[range.End] != '.' || range.End - range.Start < 3)
        {
            return range;
        }

        for (var i = range.Start; i < range.End; i++)
        {
            var letter = (i - range.Start) % 2 == 0;
            if (letter ? !char.IsUpper(text[i]) : text[i] != '.')
            {
                return range;
            }
        }

        return (range.End - range.Start) % 2 == 1 ? new TextRange(range.Start, range.End + 1) : range;
    }

    private static bool IsAllCaps(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>The next word also begins a place that is a country or a division ("Queens New York"): not a longer name.</summary>
    private static bool StartsPlace(List<NameMatch> matches, NameMatch m, string text)
    {
        // Not an English word that is also a place: "City Hall" is no pair of places.
        return MatchAt(matches, SkipSpaces(text, m.Range.End)) is { } other && !(other.Words == 1 && PlaceWords.Common.Contains(other.Range.Slice(text)));
    }

    /// <summary>The match of the leftmost-longest list that starts at <paramref name="at"/>, if any.</summary>
    private static NameMatch? MatchAt(List<NameMatch> matches, int at)
    {
        foreach (var other in matches)
        {
            if (other.Range.Start == at)
            {
                return other;
            }

            if (other.Range.Start > at)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The first offset from <paramref name="at"/> on that is no space.</summary>
    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u00A0')
        {
            at++;
        }

        return at;
    }

    private static bool Overlaps(List<TextRange> sorted, TextRange range)
    {
        // Few ranges per article: a scan is enough.
        foreach (var r in sorted)
        {
            if (r.Start >= range.End)
            {
                return false;
            }

            if (r.Overlaps(range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A locative before the name, over a direction word and "the": "in Mosul", "near the town of
    /// Rawa" (the noun too), "in northern Syria"; or a place noun after it ("Raqqa province").
    /// </summary>
    internal static bool Supported(string text, int start)
    {
        var at = start;
        for (var hops = 0; hops < 4; hops++)
        {
            var word = PreviousWord(text, at, out var wordStart);
            if (word.Length == 0)
            {
                return false;
            }

            if (PlaceWords.Locatives.Contains(word))
            {
                return true;
            }

            if (!(word.Equals("the", StringComparison.OrdinalIgnoreCase) || PlaceWords.KeepBefore.Contains(word) || OfNoun(word)))
            {
                return false;
            }

            at = wordStart;
        }

        return false;
    }

    private static bool OfNoun(string word) => word.ToLowerInvariant() is "town" or "city" or "village" or "province" or "region" or "outskirts" or "suburbs" or "capital" or "district";

    /// <summary>The name is the first word of its sentence (after quotes or brackets), or of a line.</summary>
    internal static bool SentenceInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '“' or '‘' or '\'' or '(' or '[' or '-' or '—' or '–' or '*' or '•'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' or '\r' or ';';
    }

    /// <summary>The word just before <paramref name="start"/> across spaces only (an abbreviation's full stop included: "Gov."), or empty.</summary>
    internal static string PreviousWord(string text, int start, out int wordStart)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u00A0')
        {
            i--;
        }

        var end = i + 1;
        if (i >= 0 && text[i] == '.' && i > 0 && char.IsLetter(text[i - 1]))
        {
            end = i;
            i--;
        }

        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i--;
        }

        wordStart = i + 1;
        if (end - wordStart > 4 && end < text.Length && text[end] == '.' && end != start - 1)
        {
            // A word ending a sentence, not an abbreviation.
            wordStart = start;
            return string.Empty;
        }

        return wordStart < end ? text[wordStart..end] : string.Empty;
    }

    /// <summary>The word just after <paramref name="end"/> across spaces only, or empty.</summary>
    internal static string NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space >= 0 ? name[(space + 1)..] : name;
    }
}
