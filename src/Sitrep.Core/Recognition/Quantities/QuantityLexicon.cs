using System.Collections.Frozen;

namespace Sitrep.Recognition.Quantities;

/// <summary>
/// The word lists of the quantity grammar, frozen once and looked up by span (case-insensitive).
/// Data, not logic: each list says what a word means to the grammar.
/// </summary>
internal static class QuantityLexicon
{
    /// <summary>A bounding phrase before a number: its words and what it does.</summary>
    internal sealed record BoundPhrase(string[] Words, QuantityBound Bound, string Name);

    /// <summary>Number words with their value (units and tens; "a"/"an" are handled by the grammar).</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = Build(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    /// <summary>Multipliers written as words or abbreviations after a number.</summary>
    public static readonly FrozenDictionary<string, double> Scales = Build(new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["bn"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6, ["tn"] = 1e12,
    });

    /// <summary>Scale suffixes glued to digits ("15bn", "2.5m", "40k").</summary>
    public static readonly FrozenDictionary<string, double> GluedScales = Build(new Dictionary<string, double>
    {
        ["bn"] = 1e9, ["b"] = 1e9, ["mn"] = 1e6, ["m"] = 1e6, ["mln"] = 1e6, ["k"] = 1e3, ["tn"] = 1e12,
    });

    /// <summary>Measure units glued to digits ("4GB", "50km"): the number is a quantity of that unit.</summary>
    public static readonly FrozenSet<string> GluedMeasures = BuildSet(
        "gb", "mb", "tb", "kb", "ghz", "mhz", "km", "kg", "mm", "cm", "m2", "km2", "mw", "kw", "gw", "ft", "lb", "lbs", "t", "kmh", "mph", "sqkm");

    /// <summary>Fractions, as a percentage of the whole ("a third of the country" is 33 percent).</summary>
    public static readonly FrozenDictionary<string, double> Fractions = Build(new Dictionary<string, double>
    {
        ["half"] = 50, ["third"] = 33, ["thirds"] = 67, ["quarter"] = 25, ["quarters"] = 75, ["fifth"] = 20, ["fifths"] = 40,
        ["tenth"] = 10, ["tenths"] = 10,
    });

    /// <summary>Currency symbols before the digits and the code they stand for.</summary>
    public static readonly FrozenDictionary<string, string> CurrencySymbols = Build(new Dictionary<string, string>
    {
        ["$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY",
    });

    /// <summary>Currency codes or prefixes written as words before a number or a symbol.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = Build(new Dictionary<string, string>
    {
        ["usd"] = "USD", ["us"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["au"] = "AUD", ["a"] = "AUD", ["c"] = "CAD", ["ca"] = "CAD",
        ["nz"] = "NZD", ["hk"] = "HKD", ["s"] = "SGD", ["gb"] = "GBP", ["syp"] = "SYP", ["iqd"] = "IQD", ["try"] = "TRY",
    });

    /// <summary>Currency names after a number ("20 dollars").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyNames = Build(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["yen"] = "JPY", ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["lira"] = "TRY", ["liras"] = "TRY", ["dinars"] = "IQD",
    });

    /// <summary>Phrases that bound the number after them, keyed by their first word.</summary>
    public static readonly FrozenDictionary<string, BoundPhrase[]> BoundPhrases = BuildPhrases(
        ("at least", QuantityBound.AtLeast), ("no fewer than", QuantityBound.AtLeast), ("no less than", QuantityBound.AtLeast),
        ("a minimum of", QuantityBound.AtLeast), ("upwards of", QuantityBound.AtLeast), ("in excess of", QuantityBound.MoreThan),
        ("more than", QuantityBound.MoreThan), ("over", QuantityBound.MoreThan), ("above", QuantityBound.MoreThan),
        ("just over", QuantityBound.MoreThan), ("well over", QuantityBound.MoreThan), ("greater than", QuantityBound.MoreThan),
        ("well above", QuantityBound.MoreThan), ("just above", QuantityBound.MoreThan),
        ("up to", QuantityBound.AtMost), ("as many as", QuantityBound.AtMost), ("as high as", QuantityBound.AtMost),
        ("as much as", QuantityBound.AtMost), ("at most", QuantityBound.AtMost), ("no more than", QuantityBound.AtMost),
        ("a maximum of", QuantityBound.AtMost), ("at the most", QuantityBound.AtMost),
        ("less than", QuantityBound.LessThan), ("fewer than", QuantityBound.LessThan), ("under", QuantityBound.LessThan),
        ("below", QuantityBound.LessThan), ("just under", QuantityBound.LessThan), ("just below", QuantityBound.LessThan),
        ("about", QuantityBound.About), ("around", QuantityBound.About), ("some", QuantityBound.About),
        ("nearly", QuantityBound.About), ("almost", QuantityBound.About), ("approximately", QuantityBound.About),
        ("roughly", QuantityBound.About), ("close to", QuantityBound.About), ("an estimated", QuantityBound.About),
        ("estimated", QuantityBound.About), ("circa", QuantityBound.About), ("approx", QuantityBound.About),
        ("little more than", QuantityBound.About), ("little over", QuantityBound.About), ("an approximate", QuantityBound.About),
        ("some estimated", QuantityBound.About), ("an additional", QuantityBound.Exact), ("another", QuantityBound.Exact));

    /// <summary>Months and their abbreviations: a number beside one is part of a date.</summary>
    public static readonly FrozenSet<string> Months = BuildSet(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>Words after a number that make it a time of day.</summary>
    public static readonly FrozenSet<string> TimeWords = BuildSet(
        "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "hrs", "o'clock", "h");

    /// <summary>Nouns of time after a number: the phrase is a duration or an age (the dates layer's), not a count.</summary>
    public static readonly FrozenSet<string> TimeUnits = BuildSet(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "century", "centuries", "weekend", "weekends", "night", "nights", "fortnight", "fortnights",
        "morning", "mornings", "evening", "evenings", "quarter", "quarters", "year-old", "years-old", "month-old", "day-old",
        "week-long", "year-long", "month-long", "day-long", "hour-long", "minute-long");

    /// <summary>Words before a number that make it a name or a label ("Route 7", "Resolution 2254", "No. 3").</summary>
    public static readonly FrozenSet<string> LabelWords = BuildSet(
        "route", "highway", "road", "flight", "division", "brigade", "regiment", "battalion", "corps", "squadron", "resolution",
        "article", "chapter", "section", "page", "paragraph", "item", "channel", "gate", "room", "camp", "sector", "phase",
        "level", "grade", "category", "unit", "platoon", "district", "block", "building", "apartment", "checkpoint", "hill",
        "no", "no.", "nos", "number", "model", "version", "vol", "volume", "line", "bus", "kilometre", "km", "exit", "figure",
        "table", "season", "episode", "series", "part", "act", "clause", "rule", "id", "code", "box", "tel", "tel.", "phone",
        "fax", "mobile", "index", "pier", "terminal", "platform", "zone", "area", "hall", "ward", "window", "term",
        "mark", "size", "type", "class", "stage", "grade", "tier", "row", "seat", "lane", "track", "post", "point");

    /// <summary>Words before "of N" that make it a name ("Group of 20").</summary>
    public static readonly FrozenSet<string> NameOfWords = BuildSet("group", "g", "club", "council", "gang", "band", "party");

    /// <summary>Words that are not counted nouns and end a noun phrase after a number.</summary>
    public static readonly FrozenSet<string> StopWords = BuildSet(
        "of", "in", "on", "at", "from", "to", "for", "with", "by", "into", "onto", "across", "near", "since", "during", "after",
        "before", "against", "among", "between", "through", "under", "over", "per", "via", "as", "than", "that", "which",
        "who", "whom", "whose", "where", "when", "while", "if", "but", "or", "nor", "so", "yet", "because", "the", "a", "an",
        "this", "these", "those", "its", "their", "his", "her", "our", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might", "must", "can", "said",
        "says", "say", "according", "also", "still", "only", "just", "more", "less", "and", "each", "apiece", "respectively",
        "percent", "per", "cent", "times", "out", "up", "down", "off", "left", "remain", "remained", "remaining", "remains",
        "it", "they", "them", "he", "she", "we", "you", "i", "there", "here", "now", "then", "not", "no", "all", "both",
        "killed", "dead", "died", "wounded", "injured", "de", "la", "el", "al", "about", "around");

    /// <summary>Counted nouns and the unit they give.</summary>
    public static readonly FrozenDictionary<string, string> CountedNouns = Build(new Dictionary<string, string>
    {
        ["fighters"] = QuantityUnits.Fighters, ["fighter"] = QuantityUnits.Fighters, ["militants"] = QuantityUnits.Fighters,
        ["militant"] = QuantityUnits.Fighters, ["jihadists"] = QuantityUnits.Fighters, ["jihadis"] = QuantityUnits.Fighters,
        ["extremists"] = QuantityUnits.Fighters, ["insurgents"] = QuantityUnits.Fighters, ["rebels"] = QuantityUnits.Fighters,
        ["gunmen"] = QuantityUnits.Fighters, ["combatants"] = QuantityUnits.Fighters, ["members"] = QuantityUnits.Fighters,
        ["elements"] = QuantityUnits.Fighters, ["forces"] = QuantityUnits.Fighters, ["militiamen"] = QuantityUnits.Fighters,
        ["terrorists"] = QuantityUnits.Fighters, ["recruits"] = QuantityUnits.Fighters, ["loyalists"] = QuantityUnits.Fighters,
        ["paramilitaries"] = QuantityUnits.Fighters, ["mercenaries"] = QuantityUnits.Fighters, ["foreign fighters"] = QuantityUnits.Fighters,
        ["bombers"] = QuantityUnits.Fighters, ["force"] = QuantityUnits.Fighters, ["contingent"] = QuantityUnits.Fighters,
        ["garrison"] = QuantityUnits.Fighters, ["army"] = QuantityUnits.Fighters, ["snipers"] = QuantityUnits.Fighters, ["men"] = QuantityUnits.Fighters,
        ["soldiers"] = QuantityUnits.Soldiers, ["soldier"] = QuantityUnits.Soldiers, ["troops"] = QuantityUnits.Soldiers,
        ["servicemen"] = QuantityUnits.Soldiers, ["personnel"] = QuantityUnits.Soldiers, ["officers"] = QuantityUnits.Soldiers,
        ["policemen"] = QuantityUnits.Soldiers, ["police"] = QuantityUnits.Soldiers, ["marines"] = QuantityUnits.Soldiers,
        ["guards"] = QuantityUnits.Soldiers, ["advisers"] = QuantityUnits.Soldiers, ["advisors"] = QuantityUnits.Soldiers,
        ["civilians"] = QuantityUnits.Civilians, ["civilian"] = QuantityUnits.Civilians, ["residents"] = QuantityUnits.Civilians,
        ["children"] = QuantityUnits.Civilians, ["women"] = QuantityUnits.Civilians, ["refugees"] = QuantityUnits.Civilians,
        ["villagers"] = QuantityUnits.Civilians, ["inhabitants"] = QuantityUnits.Civilians, ["displaced"] = QuantityUnits.Civilians,
        ["families"] = QuantityUnits.Civilians, ["worshippers"] = QuantityUnits.Civilians, ["students"] = QuantityUnits.Civilians,
        ["villages"] = QuantityUnits.Villages, ["village"] = QuantityUnits.Villages, ["hamlets"] = QuantityUnits.Villages,
        ["towns"] = QuantityUnits.Towns, ["town"] = QuantityUnits.Towns,
        ["people"] = QuantityUnits.Other, ["persons"] = QuantityUnits.Other, ["cities"] = QuantityUnits.Other,
        ["city"] = QuantityUnits.Other, ["pockets"] = QuantityUnits.Other, ["attacks"] = QuantityUnits.Other,
        ["bodies"] = QuantityUnits.Killed, ["deaths"] = QuantityUnits.Killed, ["dead"] = QuantityUnits.Killed,
        ["fatalities"] = QuantityUnits.Killed, ["casualties"] = QuantityUnits.Other, ["injuries"] = QuantityUnits.Wounded,
        ["prisoners"] = QuantityUnits.Other, ["hostages"] = QuantityUnits.Other, ["detainees"] = QuantityUnits.Other,
        ["airstrikes"] = QuantityUnits.Other, ["strikes"] = QuantityUnits.Other, ["raids"] = QuantityUnits.Other,
    });

    /// <summary>Verbs and nouns that make the number before or after them a count of the dead.</summary>
    public static readonly FrozenSet<string> KillWords = BuildSet(
        "killed", "killing", "kills", "kill", "dead", "died", "slain", "executed", "massacred", "perished", "toll", "beheaded", "murdered");

    /// <summary>Verbs that make the number a count of the wounded.</summary>
    public static readonly FrozenSet<string> WoundWords = BuildSet("wounded", "wounding", "injured", "injuring", "hurt", "maimed");

    /// <summary>Auxiliaries and adverbs allowed between a counted phrase and "killed"/"wounded".</summary>
    public static readonly FrozenSet<string> Auxiliaries = BuildSet(
        "were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "all", "later", "allegedly", "being", "got");

    /// <summary>Nouns that mean territory after "percent of" / "a third of".</summary>
    public static readonly FrozenSet<string> TerritoryNouns = BuildSet(
        "country", "countries", "territory", "territories", "land", "lands", "area", "areas", "province", "provinces", "region",
        "regions", "city", "cities", "state", "states", "governorate", "governorates", "soil", "countryside", "desert");

    /// <summary>Words in a sentence that say a percentage of a place is about territory ("IS controls less than five percent of Syria").</summary>
    public static readonly FrozenSet<string> ControlWords = BuildSet(
        "control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding", "seized", "captured", "lost",
        "retook", "reclaim", "reclaimed", "recaptured", "occupied", "occupies", "territory", "ruled", "rules");

    /// <summary>Words whose plural "of" phrase can also mean the whole number ("the number of IS fighters").</summary>
    public static readonly FrozenSet<string> NumberOfWords = BuildSet("number", "estimates", "estimate", "count", "strength", "tally");

    /// <summary>
    /// Every word that can open a quantity (bounds, number words, vague amounts, fraction
    /// determiners, currency words): any other word is passed over with one lookup.
    /// </summary>
    public static readonly FrozenSet<string> Openers = BoundPhrases.Keys
        .Concat(NumberWords.Keys).Concat(CurrencyWords.Keys).Concat(Fractions.Keys)
        .Concat(["a", "an", "the", "between", "from", "several", "many", "dozens", "scores", "tens", "hundreds", "thousands",
            "millions", "billions", "trillions", "twice", "thrice", "half"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "a", "an" or "the" that can make a quantity ("a few", "a third", "an estimated"); anything else passes.</summary>
    public static readonly FrozenSet<string> AfterArticle = BuildSet(
        "few", "handful", "dozen", "pair", "couple", "hundred", "thousand", "million", "billion", "trillion", "third", "quarter",
        "half", "fifth", "tenth", "minimum", "maximum", "estimated", "additional", "approximate");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterArticleLookup = AfterArticle.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which (length, ASCII initial) pairs some opener has: most words are passed over without hashing them.</summary>
    private static readonly bool[] OpenerShapes = BuildShapes(Openers);

    /// <summary>Whether <paramref name="word"/> may be an opener (false means it is certainly not one).</summary>
    public static bool MayOpen(ReadOnlySpan<char> word)
    {
        var c = word[0];
        return c >= 128 || word.Length >= 32 || OpenerShapes[(word.Length * 128) + char.ToLowerInvariant(c)];
    }

    private static bool[] BuildShapes(FrozenSet<string> words)
    {
        var shapes = new bool[32 * 128];
        foreach (var w in words)
        {
            if (w.Length is > 0 and < 32 && w[0] < 128)
            {
                shapes[(w.Length * 128) + char.ToLowerInvariant(w[0])] = true;
                shapes[(w.Length * 128) + char.ToUpperInvariant(w[0])] = true;
            }
        }

        return shapes;
    }

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> GluedScaleLookup = GluedScales.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedMeasureLookup = GluedMeasures.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup = Fractions.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbolLookup = CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWordLookup = CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyNameLookup = CurrencyNames.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, BoundPhrase[]>.AlternateLookup<ReadOnlySpan<char>> BoundLookup = BoundPhrases.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWordLookup = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnitLookup = TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = LabelWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameOfLookup = NameOfWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountedLookup = CountedNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KillLookup = KillWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WoundLookup = WoundWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TerritoryLookup = TerritoryNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ControlLookup = ControlWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberOfLookup = NumberOfWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, T> Build<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> BuildSet(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, BoundPhrase[]> BuildPhrases(params (string Phrase, QuantityBound Bound)[] phrases) =>
        phrases
            .Select(p => new BoundPhrase(p.Phrase.Split(' '), p.Bound, p.Phrase.Replace(' ', '-')))
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
}
