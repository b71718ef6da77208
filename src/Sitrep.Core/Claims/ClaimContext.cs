using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Claims.Attribution;
using Sitrep.Cleaning;
using Sitrep.Metadata;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.People;
using Sitrep.Recognition.Places;
using Sitrep.Recognition.Quantities;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>Everything the claim rules read about one document, indexed by sentence.</summary>
public sealed class ClaimContext
{
    public ClaimContext(
        string text,
        CleanedArticle cleaned,
        DocumentInfo info,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Token> tokens,
        ImmutableArray<ActorMention> actors,
        ImmutableArray<QuantityMention> quantities,
        AttributionLayer attribution,
        ImmutableArray<ToponymMention> places,
        ImmutableArray<TemporalMention> dates,
        ImmutableArray<PersonMention> people)
    {
        People = people;
        Places = places;
        Dates = SortedByStart(dates, d => d.Range);
        dateStarts = [.. Dates.Select(d => d.Range.Start)];
        Text = text;
        Cleaned = cleaned;
        Info = info;
        Sentences = sentences;
        Tokens = tokens;
        Actors = SortedByStart(actors, a => a.Range);
        actorStarts = [.. Actors.Select(a => a.Range.Start)];
        Quantities = SortedByStart(quantities, q => q.Range);
        quantityStarts = [.. Quantities.Select(q => q.Range.Start)];
        Attribution = attribution;
        words = new string?[tokens.Length];
        clauseStart = new int[tokens.Length];
        clauseEnd = new int[tokens.Length];
        clausesKnown = new bool[sentences.Length];
        var spans = SentenceTokens.Spans(sentences, tokens);
        TokenStart = [.. spans.Select(x => x.First)];
        TokenEnd = [.. spans.Select(x => x.End)];

        claimPlaces = SortedByStart([.. places.Where(p => !InActorName(p.Range))], p => p.Range);
        placeStarts = [.. claimPlaces.Select(p => p.Range.Start)];

        MainArmedActor = actors
            .Where(a => a.Actor.Type is ActorType.NonStateArmedGroup)
            .GroupBy(a => a.Actor.Id)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    public string Text { get; }

    public CleanedArticle Cleaned { get; }

    public DocumentInfo Info { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<ActorMention> Actors { get; }

    public ImmutableArray<QuantityMention> Quantities { get; }

    public AttributionLayer Attribution { get; }

    public ImmutableArray<ToponymMention> Places { get; }

    /// <summary>The people the article names, with the organisation each speaks for.</summary>
    public ImmutableArray<PersonMention> People { get; }

    public ImmutableArray<TemporalMention> Dates { get; }

    public IEnumerable<TemporalMention> DatesIn(TextRange range) => Within(Dates, dateStarts, range, d => d.Range);

    /// <summary>
    /// The places inside a range, without names that are a party's ("Al-Qaeda") or a backer's
    /// modifier ("US" of "US-led coalition"): those name an actor, not where a claim is.
    /// </summary>
    public IEnumerable<ToponymMention> PlacesIn(TextRange range) => Within(claimPlaces, placeStarts, range, p => p.Range);

    /// <summary>The places a claim may be about, filtered once per document (the rules ask for them many times).</summary>
    private readonly ImmutableArray<ToponymMention> claimPlaces;

    private bool InActorName(TextRange place)
    {
        // "the University of Oklahoma", "Cairo University": a place naming an institution says nothing of where a claim is.
        var before = Text.AsSpan(Math.Max(0, place.Start - 14), place.Start - Math.Max(0, place.Start - 14));
        var after = Text.AsSpan(place.End, Math.Min(12, Text.Length - place.End));
        foreach (var institution in (ReadOnlySpan<string>)["University", "College", "Institute", "School"])
        {
            if (before.EndsWith($"{institution} of ", StringComparison.Ordinal) || after.StartsWith($" {institution}", StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var a in ActorsIn(new TextRange(Math.Max(0, place.Start - 40), Math.Min(Text.Length, place.End + 40))))
        {
            // The whole name is the party's ("Al-Qaeda"); a place inside a longer party name ("the
            // Baghdad government") still says where the party is.
            if (a.Range == place && !a.Rule.StartsWith("metonym", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "US-led", "Iran-backed": a place fused into a modifier names a backer, not a location.
        return place.End < Text.Length && Text[place.End] is '-' or '‑' && Text.AsSpan(place.End).StartsWith("-led", StringComparison.Ordinal) | Text.AsSpan(place.End).StartsWith("-backed", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a claim triggered at <paramref name="evidence"/> is: the places of its clause after the
    /// trigger (a list "Tadamon, Hajar al-Aswad and Yarmouk" gives each), else the first before it.
    /// </summary>
    public IReadOnlyList<ToponymMention> PlacesFor(int sentence, TextRange evidence)
    {
        var token = TokenAt(evidence.Start);
        var clause = ClauseAround(sentence, Math.Min(token, TokenEnd[sentence] - 1));
        var after = PlacesIn(new TextRange(evidence.End, clause.End)).ToList();
        if (after.Count > 0)
        {
            var directions = DirectionList(evidence.End, after[0]);
            if (directions.Count > 1)
            {
                return directions; // "lost control in northern, eastern and central Syria"
            }

            if (RiverInContainer(after) is { } banked)
            {
                return [banked];
            }

            if (Between(after) is { } between)
            {
                return [between]; // "the border crossing on the highway between Al Qaim and Albu Kamal"
            }

            // "across Syria and Iraq": one area spanning both.
            var list = new List<ToponymMention> { JointCountries(after[0]) ?? Specific(after[0]) };
            var lastEnd = list[0].Range.End;
            for (var i = 1; i < after.Count; i++)
            {
                if (after[i].Range.End <= lastEnd)
                {
                    continue; // the place a possessive chain already passed ("Iraq's Al Qaim")
                }

                if (Contains(after[i], list[^1]) && IsContainerGap(lastEnd, after[i].Range.Start, after[i].Level))
                {
                    lastEnd = after[i].Range.End; // "Mosul in Iraq and Raqqa in Syria": the container of the item before
                    continue;
                }

                if (!IsListGap(lastEnd, after[i].Range.Start))
                {
                    break;
                }

                var item = JointCountries(after[i]) ?? Specific(after[i]);
                list.Add(item);
                lastEnd = item.Range.End;
            }

            // "two other areas of southern Damascus, Hajar al-Aswad and Tadamun": the city before its quarters in apposition only contains them.
            if (list.Count > 2 && IsQuarterOf(list[0], list[1]) && Text.AsSpan(list[0].Range.End, Math.Max(0, list[1].Range.Start - list[0].Range.End)).Trim() is ",")
            {
                list.RemoveAt(0);
            }

            return list;
        }

        var before = PlacesIn(new TextRange(clause.Start, evidence.Start)).LastOrDefault();
        if (before is not null)
        {
            return [JointCountries(before) ?? Specific(before)];
        }

        // No place in the clause: the nearest the sentence names ("…, where they are battling…" refers back to it),
        // not one in a contrasting clause after it ("…, whilst the US played games in northern Syria").
        var range = Sentences[sentence].Range;
        var clauseEndToken = TokenAt(clause.End);
        if (clauseEndToken < TokenEnd[sentence] && Word(clauseEndToken) is "but" or "while" or "whilst" or "whereas" or "although" or "though")
        {
            range = new TextRange(range.Start, clause.End);
        }

        var nearest = PlacesIn(range).OrderBy(p => p.Range.Start >= evidence.End ? p.Range.Start - evidence.End : evidence.Start - p.Range.End).FirstOrDefault();
        if (nearest is not null)
        {
            return [JointCountries(nearest) ?? Specific(nearest)];
        }

        return ReferredPlace(sentence) is { } referred ? [referred] : [];
    }

    /// <summary>
    /// "that province", "the city": a place noun with a demonstrative refers to the last place of
    /// that kind named in the three sentences before (a province to a first-order division).
    /// </summary>
    private ToponymMention? ReferredPlace(int sentence)
    {
        PlaceLevel[]? levels = null;
        for (var t = TokenStart[sentence] + 1; t < TokenEnd[sentence] && levels is null; t++)
        {
            if (Word(t - 1).ToLowerInvariant() is not ("that" or "this" or "the"))
            {
                continue;
            }

            levels = Word(t).ToLowerInvariant() switch
            {
                "province" or "governorate" => [PlaceLevel.Admin1],
                "city" or "town" => [PlaceLevel.Settlement],
                "country" => [PlaceLevel.Country],
                "district" or "neighbourhood" or "neighborhood" => [PlaceLevel.District, PlaceLevel.Admin2],
                "river" => [PlaceLevel.Feature],
                _ => null,
            };
            if (levels is not null && t > TokenStart[sentence] + 1 && Word(t - 1) is "the" && Word(t + 1 < TokenEnd[sentence] ? t + 1 : t) is "of")
            {
                levels = null; // "the province of Raqqa" names its place
            }
        }

        if (levels is null)
        {
            return null;
        }

        var from = Sentences[Math.Max(0, sentence - 3)].Range.Start;
        var earlier = PlacesIn(new TextRange(from, Sentences[sentence].Range.Start)).ToList();
        var referred = earlier.LastOrDefault(p => levels.Contains(p.Level));
        if (referred is { Level: PlaceLevel.Feature } && earlier.IndexOf(referred) is var at && at + 1 < earlier.Count
            && RiverInContainer(earlier.GetRange(at, earlier.Count - at)) is { } banked)
        {
            return banked; // "the river" last named "in the province of Deir al-Zour": located by that province
        }

        return referred;
    }

    /// <summary>Words that join the items of a list of places: "Tadamun, Hajar al-Aswad and Yarmouk", ", including the neighbourhoods of".</summary>
    private static readonly FrozenSet<string> ListWords = new[]
    {
        ",", "and", "the", "including", "such", "as", "well", "of", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood", "towns", "town",
        "villages", "village", "cities", "city", "areas", "districts", "parts", "part", "camps", "camp", "or",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural place nouns that a list item may count before the area it is in ("villages in").</summary>
    private static readonly FrozenSet<string> PlaceNouns = new[] { "villages", "towns", "areas", "parts", "neighbourhoods", "neighborhoods", "districts", "cities", "pockets" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of a vague count of places in a list item: "a number of", "several", "some", "dozens of".</summary>
    private static readonly FrozenSet<string> CountWords = new[] { "a", "number", "several", "some", "few", "dozens", "handful", "pockets" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "on the eastern bank of the Euphrates River in the eastern province of Deir al-Zour": a
    /// river (or its bank) placed in a province or town is located by that container, with the
    /// river kept as the detail.
    /// </summary>
    private ToponymMention? RiverInContainer(List<ToponymMention> after)
    {
        if (after.Count < 2 || after[0].Level != PlaceLevel.Feature || after[1].Level is not (PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Settlement)
            || !after[0].Name.Contains("River", StringComparison.Ordinal) && !BankBefore(after[0]).HasValue)
        {
            return null;
        }

        var gap = Text.AsSpan(after[0].Range.End, Math.Max(0, after[1].Range.Start - after[0].Range.End)).Trim();
        if (!gap.StartsWith("in ", StringComparison.Ordinal) && gap is not "in" || gap.Length > 40)
        {
            return null;
        }

        var detailStart = BankBefore(after[0]) ?? after[0].Range.Start;
        var detail = Text[detailStart..after[0].Range.End];
        return after[1] with { Qualifier = after[1].Qualifier ?? detail };
    }

    /// <summary>The start of "eastern bank of the" before a river, when the text names a bank.</summary>
    private int? BankBefore(ToponymMention river)
    {
        var k = TokenAt(river.Range.Start);
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            if (Word(j) is "bank" or "banks")
            {
                var start = j > 0 && Directions.Contains(Word(j - 1)) ? j - 1 : j;
                return Tokens[start].Range.Start;
            }
        }

        return null;
    }

    /// <summary>" in " before a country or province, or ", " before a country: the container of the place before.</summary>
    private bool IsContainerGap(int from, int to, PlaceLevel level)
    {
        var gap = Text.AsSpan(from, Math.Max(0, to - from)).Trim();
        if (gap.StartsWith("in ", StringComparison.Ordinal) && Directions.Contains(gap[3..].Trim().ToString()))
        {
            gap = "in"; // "in south Damascus", "in eastern Syria"
        }

        return gap is "in" || gap is "," && level == PlaceLevel.Country;
    }

    /// <summary>A country or province that the gazetteer puts the other place in (or either unresolved).</summary>
    private static bool Contains(ToponymMention container, ToponymMention place) =>
        (container.Level is PlaceLevel.Country or PlaceLevel.Admin1
            && (container.CountryCode is null || place.CountryCode is null || container.CountryCode == place.CountryCode)
            && (container.Level != PlaceLevel.Admin1 || container.Admin1 is null || place.Admin1 is null || container.Admin1 == place.Admin1))
        || IsQuarterOf(container, place);

    /// <summary>A quarter placed in its city ("Tadamun … in south Damascus"): a district within a day's walk of the city.</summary>
    private static bool IsQuarterOf(ToponymMention city, ToponymMention quarter) =>
        city.Level is PlaceLevel.Settlement or PlaceLevel.District && quarter.Level == PlaceLevel.District
        && city is { Lat: { } clat, Lon: { } clon } && quarter is { Lat: { } qlat, Lon: { } qlon }
        && Math.Abs(clat - qlat) < 0.2 && Math.Abs(clon - qlon) < 0.2;

    /// <summary>Only list words between two places, and at least one that joins ("," or "and" or "including"): not "Yarmuk, in Damascus".</summary>
    private bool IsListGap(int from, int to)
    {
        if (to < from)
        {
            return false;
        }

        var joined = false;
        var count = 0;
        var previous = "";
        for (var t = TokenAt(from); t < Tokens.Length && Tokens[t].Range.End <= to; t++)
        {
            var w = Word(t);
            // ", and a number of villages in the eastern Homs": a vague count of places in a named area is the next item.
            var inArea = w is "in" && PlaceNouns.Contains(previous) || CountWords.Contains(w) && joined || Directions.Contains(w) && previous is "the" or "in";
            previous = w;
            if (!(ListWords.Contains(w) || inArea) || ++count > 10)
            {
                return false;
            }

            joined |= w is "," or "and" or "including" or "or";
        }

        return joined;
    }

    /// <summary>
    /// "in northern, eastern and central Syria": coordinated directions before a place give one
    /// region each ("Northern Syria", "Eastern Syria", "Central Syria"), unresolved, spanning the
    /// direction word.
    /// </summary>
    private List<ToponymMention> DirectionList(int from, ToponymMention place)
    {
        var result = new List<ToponymMention>();
        var end = TokenAt(place.Range.Start);
        var k = end - 1;
        var baseName = place.Name;
        var words = new List<int>();

        // The place's own direction ("central Syria" as one mention) counts as the last item.
        var own = place.Range.Slice(Text).Split(' ', 2);
        if (own.Length == 2 && Directions.Contains(own[0]))
        {
            baseName = own[1];
        }

        while (k >= 0 && Tokens[k].Range.Start >= from)
        {
            var w = Word(k);
            if (Directions.Contains(w))
            {
                words.Add(k);
            }
            else if (w is not ("," or "and" or "or"))
            {
                break;
            }

            k--;
        }

        if (words.Count == 0)
        {
            return result;
        }

        words.Reverse();
        foreach (var w in words)
        {
            var word = Word(w);
            result.Add(place with { Range = Tokens[w].Range, Name = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() + " " + baseName, Lat = null, Lon = null, Level = PlaceLevel.Region, Rule = "direction-list" });
        }

        result.Add(own.Length == 2 && Directions.Contains(own[0]) ? place : place with { Name = place.Name });
        return result;
    }

    /// <summary>Nouns of ground lost as a whole, that keep the country before them a place of their own ("in Iraq nearly all its territory").</summary>
    private static readonly FrozenSet<string> WholeGround = new[] { "territory", "territories", "land", "lands", "ground", "areas" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "losing in Iraq nearly all its territory and the key city of Mosul to the Iraqi army, and in
    /// Syria its erstwhile capital Raqqa to the US-backed Kurds": the places after a loss, in
    /// segments each closed by "to" and the party that gained them. A country opening a segment is
    /// only the container of the place after it, unless the segment loses its territory as a whole.
    /// Empty unless at least one segment has a gainer.
    /// </summary>
    public IReadOnlyList<(ToponymMention Place, string Gainer)> LossesToGainers(int sentence, TextRange evidence)
    {
        var result = new List<(ToponymMention, string)>();
        var pending = new List<ToponymMention>();
        var end = TokenEnd[sentence];
        var k = TokenAt(evidence.End);
        while (k < end)
        {
            if (Word(k) is "to" && ActorStartingBetween(Tokens[k].Range.End, Tokens[Math.Min(end - 1, k + 3)].Range.Start, a => Rules.Roles.IsParty(a.Actor)) is { } gainer)
            {
                for (var p = 0; p < pending.Count; p++)
                {
                    var place = pending[p];
                    if (p + 1 < pending.Count && place.Level == PlaceLevel.Country
                        && !Enumerable.Range(TokenAt(place.Range.End), Math.Max(0, TokenAt(pending[p + 1].Range.Start) - TokenAt(place.Range.End))).Any(j => WholeGround.Contains(Word(j))))
                    {
                        continue; // "in Syria its capital Raqqa": the country contains what was lost
                    }

                    result.Add((place, gainer.Actor.Id));
                }

                pending.Clear();
                k = TokenAt(gainer.Range.End);
                continue;
            }

            if (IsBoundary(k) || Word(k) is "." or ";")
            {
                break;
            }

            var here = PlacesIn(new TextRange(Tokens[k].Range.Start, Sentences[sentence].Range.End)).FirstOrDefault();
            if (here is not null && here.Range.Start == Tokens[k].Range.Start)
            {
                var item = JointCountries(here) ?? Specific(here);
                pending.Add(item);
                k = Math.Max(k + 1, TokenAt(item.Range.End));
                continue;
            }

            k++;
        }

        return result;
    }

    /// <summary>Nouns of a thing that lies between two places: "the road between Homs and Palmyra".</summary>
    private static readonly FrozenSet<string> BetweenNouns = new[]
    {
        "crossing", "road", "highway", "border", "frontier", "route", "line", "corridor", "bridge", "checkpoint", "desert", "area", "stretch", "villages",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "the main border crossing on the highway between Al Qaim and Albu Kamal": a way or a crossing
    /// "between" two settlements is one feature between them (not each town), placed at their midpoint.
    /// </summary>
    private ToponymMention? Between(List<ToponymMention> after)
    {
        if (after.Count < 2 || !after[0].IsResolved || !after[1].IsResolved || after[0].Level is not (PlaceLevel.Settlement or PlaceLevel.District)
            || after[1].Level is not (PlaceLevel.Settlement or PlaceLevel.District)
            || Text.AsSpan(after[0].Range.End, Math.Max(0, after[1].Range.Start - after[0].Range.End)).Trim() is not "and")
        {
            return null;
        }

        var k = TokenAt(after[0].Range.Start) - 1;
        if (k < 1 || Word(k) is not "between" || !BetweenNouns.Contains(Word(k - 1)))
        {
            return null;
        }

        var name = $"{after[0].Name} – {after[1].Name} {Word(k - 1)}";
        return new ToponymMention(new TextRange(after[0].Range.Start, after[1].Range.End), name, PlaceLevel.Feature, null,
            (after[0].Lat + after[1].Lat) / 2, (after[0].Lon + after[1].Lon) / 2, "between-places") { ResolvedName = name, Precision = 2 };
    }

    /// <summary>
    /// "Syria and Iraq", "Iraq-Syria": countries named together as one area (a country joined by
    /// "and", a dash or a slash to the country before or after it) are one region over both, placed between them.
    /// </summary>
    public ToponymMention? JointCountries(ToponymMention place)
    {
        if (place.Level != PlaceLevel.Country || !place.IsResolved)
        {
            return null;
        }

        var index = claimPlaces.IndexOf(place);
        if (index < 0)
        {
            return null;
        }

        var first = index > 0 && JoinedByAnd(claimPlaces[index - 1], place) ? claimPlaces[index - 1] : place;
        var last = index + 1 < claimPlaces.Length && JoinedByAnd(place, claimPlaces[index + 1]) ? claimPlaces[index + 1] : place;
        if (first == last)
        {
            return null;
        }

        var range = new TextRange(first.Range.Start, last.Range.End);
        var name = $"{first.ResolvedName ?? first.Name} and {last.ResolvedName ?? last.Name}";
        return new ToponymMention(range, name, PlaceLevel.Region, null, (first.Lat + last.Lat) / 2, (first.Lon + last.Lon) / 2, "joint-countries")
        {
            ResolvedName = name,
            Precision = 4,
        };

        bool JoinedByAnd(ToponymMention a, ToponymMention b) =>
            a.Level == PlaceLevel.Country && b.Level == PlaceLevel.Country && a.IsResolved && b.IsResolved && a.CountryCode != b.CountryCode
            && b.Range.Start > a.Range.End && Text.AsSpan(a.Range.End, b.Range.Start - a.Range.End).Trim() is "and" or "-" or "–" or "/";
    }

    /// <summary>
    /// The most specific of a chain of containers: "Syria's eastern Deir Ezzor province" is the
    /// province, not Syria. A place followed by a possessive, an optional direction and another
    /// place stands for that other place.
    /// </summary>
    public ToponymMention Specific(ToponymMention place)
    {
        var current = place;
        for (var guard = 0; guard < 3; guard++)
        {
            var raw = current.Range.Slice(Text);
            var next = Places.FirstOrDefault(p => p.Range.Start >= current.Range.End && p.Range.Start - current.Range.End <= 14);
            if (next is null)
            {
                break;
            }

            var gap = Text.AsSpan(current.Range.End, next.Range.Start - current.Range.End).Trim().ToString();
            var possessive = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) || gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("’s", StringComparison.Ordinal);
            var rest = gap.TrimStart('\'', '’').TrimStart('s').Trim();
            if (!possessive || rest.Length > 0 && !Directions.Contains(rest))
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Directions = new[]
    {
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "far", "rural",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public int[] TokenStart { get; }

    public int[] TokenEnd { get; }

    /// <summary>The armed group the article is most about, the default subject of "fighters remain".</summary>
    public string? MainArmedActor { get; }

    public bool IsBody(int sentence) => Cleaned.Blocks[Sentences[sentence].Block].IsBody;

    /// <summary>The token's text; sliced once per document, since the rules read every word many times.</summary>
    public string Word(int token) => words[token] ??= Tokens[token].Range.Slice(Text);

    private readonly string?[] words;

    public IEnumerable<ActorMention> ActorsIn(TextRange range) => Within(Actors, actorStarts, range, a => a.Range);

    public IEnumerable<QuantityMention> QuantitiesIn(TextRange range) => Within(Quantities, quantityStarts, range, q => q.Range);

    /// <summary>The first actor mention (that <paramref name="where"/> accepts) starting at or after <paramref name="from"/> and at or before <paramref name="to"/>.</summary>
    public ActorMention? ActorStartingBetween(int from, int to, Func<ActorMention, bool>? where = null)
    {
        for (var i = LowerBound(actorStarts, from); i < Actors.Length && actorStarts[i] <= to; i++)
        {
            if (where is null || where(Actors[i]))
            {
                return Actors[i];
            }
        }

        return null;
    }

    /// <summary>The length of a duration written as the modifier that ends just before token <paramref name="token"/> ("a two-month battle"), if any.</summary>
    public TemporalMention? DurationBefore(int token) =>
        token == 0 ? null : Dates.FirstOrDefault(d => d.Type == TimexType.Duration && d.Range.End == Tokens[token - 1].Range.End);

    // Mentions sorted by start, with their starts, so that a range's mentions are found by binary search
    // (the rules ask for the mentions of a clause many times per token).
    private readonly int[] dateStarts = [];
    private readonly int[] actorStarts = [];
    private readonly int[] quantityStarts = [];
    private readonly int[] placeStarts = [];

    private static ImmutableArray<T> SortedByStart<T>(ImmutableArray<T> items, Func<T, TextRange> range)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (range(items[i]).Start < range(items[i - 1]).Start)
            {
                return [.. items.OrderBy(x => range(x).Start)]; // stable: mentions starting together keep their order
            }
        }

        return items;
    }

    /// <summary>The index of the first start at or after <paramref name="offset"/>.</summary>
    private static int LowerBound(int[] starts, int offset)
    {
        var lo = Array.BinarySearch(starts, offset);
        if (lo < 0)
        {
            return ~lo;
        }

        while (lo > 0 && starts[lo - 1] == offset)
        {
            lo--;
        }

        return lo;
    }

    /// <summary>The mentions lying inside <paramref name="range"/>, in order of start.</summary>
    private static IEnumerable<T> Within<T>(ImmutableArray<T> items, int[] starts, TextRange range, Func<T, TextRange> of)
    {
        for (var i = LowerBound(starts, range.Start); i < items.Length && starts[i] <= range.End; i++)
        {
            if (range.Contains(of(items[i])))
            {
                yield return items[i];
            }
        }
    }

    public bool IsHedged(TextRange range) => Attribution.Hedges.Any(h => range.Contains(h.Range));

    public bool IsNegated(TextRange range) => Attribution.Negations.Any(n => range.Contains(n.Range));

    /// <summary>The token index at or after an offset.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Range.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The clause around a token: back and forward to the nearest clause boundary within the sentence.</summary>
    public TextRange ClauseAround(int sentence, int token)
    {
        var first = TokenStart[sentence];
        var last = TokenEnd[sentence];
        if (token < first || token >= last)
        {
            return new TextRange(Tokens[Math.Clamp(token, first, last - 1)].Range.Start, Tokens[Math.Clamp(token, first, last - 1)].Range.End);
        }

        if (!clausesKnown[sentence])
        {
            // One pass each way per sentence: a clause runs from after a boundary word to before the next.
            clauseStart[first] = first;
            for (var t = first + 1; t < last; t++)
            {
                clauseStart[t] = IsBoundary(t - 1) ? t : clauseStart[t - 1];
            }

            clauseEnd[last - 1] = last - 1;
            for (var t = last - 2; t >= first; t--)
            {
                clauseEnd[t] = IsBoundary(t + 1) ? t : clauseEnd[t + 1];
            }

            clausesKnown[sentence] = true;
        }

        return new TextRange(Tokens[clauseStart[token]].Range.Start, Tokens[clauseEnd[token]].Range.End);
    }

    private readonly int[] clauseStart;
    private readonly int[] clauseEnd;
    private readonly bool[] clausesKnown;

    private bool IsBoundary(int token) => Word(token) is ";" or "but" or "while" or "whilst" or "whereas" or "although" or "though" or "—" or "–";

    /// <summary>Who asserts a sentence, with the agency or outlet standing in when nobody is named.</summary>
    public (string Source, bool Attributed, string? Speaker) SourceOf(int sentence)
    {
        var a = Attribution.Sentences[sentence];
        if (a.Attributed && a.Source is not null)
        {
            return (a.Source, true, a.Speaker);
        }

        return OutletSource();
    }

    /// <summary>The text's own voice: the agency the body credits, else the outlet.</summary>
    public (string Source, bool Attributed, string? Speaker) OutletSource()
    {
        var credited = Info.Wire.FirstOrDefault(w => w.Evidence is WireEvidence.TextCredit or WireEvidence.Dateline);
        return (credited?.Agency ?? "outlet", false, null);
    }

    /// <summary>Asides by which the writer illustrates what someone said: ", as exemplified by the assault…".</summary>
    private static readonly string[] WriterAsides = [", as exemplified by", ", as shown by", ", as illustrated by", ", as demonstrated by", ", as evidenced by", ", as seen in", ", as seen with"];

    /// <summary>The claim at <paramref name="evidence"/> stands in a writer's aside after the sentence's attribution cue.</summary>
    public bool InWriterAside(int sentence, TextRange evidence)
    {
        if (Attribution.Sentences[sentence].Cue is not { } cue || cue.End > evidence.Start)
        {
            return false;
        }

        var between = Text.AsSpan(cue.End, evidence.Start - cue.End);
        foreach (var aside in WriterAsides)
        {
            if (between.Contains(aside, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The publication date, for claims about the present.</summary>
    public DateOnly? PublishedDate => Info.Published.Date;

    public string? Published => Info.Published.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
