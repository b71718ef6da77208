using System.Collections.Frozen;

namespace Sitrep.Recognition.Dates;

/// <summary>A calendar unit as the grammar counts it.</summary>
internal enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
    Millennium,
}

/// <summary>
/// The word lists of the temporal grammar, frozen once and looked up by span, case-insensitively.
/// Data, not logic: each list says what a word means to the grammar.
/// </summary>
internal static class DateLexicon
{
    private static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Month names and abbreviations (the grammar asks for a capital and, for short forms, a following day or year).</summary>
    public static readonly FrozenDictionary<string, int> Months = Build(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    /// <summary>Weekdays, ISO numbered (Monday 1 … Sunday 7), with their plurals for recurrences.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = Build(new Dictionary<string, int>
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
        ["mon"] = 1, ["tue"] = 2, ["tues"] = 2, ["wed"] = 3, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["fri"] = 5, ["sat"] = 6, ["sun"] = 7,
    });

    /// <summary>Plural weekdays ("on Mondays"): a recurrence.</summary>
    public static readonly FrozenDictionary<string, int> WeekdayPlurals = Build(new Dictionary<string, int>
    {
        ["mondays"] = 1, ["tuesdays"] = 2, ["wednesdays"] = 3, ["thursdays"] = 4, ["fridays"] = 5, ["saturdays"] = 6, ["sundays"] = 7,
    });

    /// <summary>Cardinal number words.</summary>
    public static readonly FrozenDictionary<string, int> Numbers = Build(new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["a"] = 1, ["an"] = 1, ["single"] = 1, ["dozen"] = 12,
    });

    /// <summary>Words that count an unknown number of units ("several years", "a few days"): X in the value.</summary>
    public static readonly FrozenSet<string> VagueCounts = BuildSet("several", "few", "many", "some", "numerous", "multiple", "couple");

    /// <summary>Ordinal words and the number they stand for ("third quarter", "20th century", "the 2nd").</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = Build(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["thirtieth"] = 30, ["last"] = -1, ["final"] = -1,
    });

    /// <summary>Unit nouns, singular and plural, with their unit.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> Units = Build(new Dictionary<string, TimeUnit>
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["fortnight"] = TimeUnit.Fortnight, ["fortnights"] = TimeUnit.Fortnight,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century, ["millennium"] = TimeUnit.Millennium,
        ["millennia"] = TimeUnit.Millennium, ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year, ["hrs"] = TimeUnit.Hour,
        ["mins"] = TimeUnit.Minute,
    });

    /// <summary>Seasons and their TIMEX3 codes.</summary>
    public static readonly FrozenDictionary<string, string> Seasons = Build(new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    });

    /// <summary>Parts of the day and their TIMEX3 codes.</summary>
    public static readonly FrozenDictionary<string, string> PartsOfDay = Build(new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
        ["dawn"] = "MO", ["daybreak"] = "MO", ["dusk"] = "EV", ["nightfall"] = "EV", ["midday"] = "12:00", ["noon"] = "12:00",
        ["midnight"] = "24:00", ["mid-afternoon"] = "AF", ["mid-morning"] = "MO",
    });

    /// <summary>Deictic days and their offset from the anchor ("tonight" is today, at night).</summary>
    public static readonly FrozenDictionary<string, int> DeicticDays = Build(new Dictionary<string, int>
    {
        ["today"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1, ["tonight"] = 0,
    });

    /// <summary>Shifters before a unit, weekday, month or season: -1 last, 0 this, +1 next.</summary>
    public static readonly FrozenDictionary<string, int> Shifters = Build(new Dictionary<string, int>
    {
        ["last"] = -1, ["past"] = -1, ["previous"] = -1, ["preceding"] = -1, ["this"] = 0, ["current"] = 0, ["present"] = 0,
        ["next"] = 1, ["coming"] = 1, ["following"] = 1, ["upcoming"] = 1,
    });

    /// <summary>Words before a period that name part of it ("early", "mid-", "late"): their TIMEX3 mod.</summary>
    public static readonly FrozenDictionary<string, string> PartModifiers = Build(new Dictionary<string, string>
    {
        ["early"] = "START", ["mid"] = "MID", ["late"] = "END", ["earlier"] = "START", ["later"] = "END",
    });

    /// <summary>"the end of", "the beginning of", "the middle of": their TIMEX3 mod.</summary>
    public static readonly FrozenDictionary<string, string> PartNouns = Build(new Dictionary<string, string>
    {
        ["end"] = "END", ["beginning"] = "START", ["start"] = "START", ["middle"] = "MID", ["close"] = "END", ["turn"] = "START",
        ["dawn"] = "START",
    });

    /// <summary>Words before a duration or an offset that bound or approximate it; they are part of the extent.</summary>
    public static readonly FrozenDictionary<string, string> Approximators = Build(new Dictionary<string, string>
    {
        ["about"] = "APPROX", ["around"] = "APPROX", ["nearly"] = "LESS_THAN", ["almost"] = "LESS_THAN", ["roughly"] = "APPROX",
        ["approximately"] = "APPROX", ["some"] = "APPROX", ["over"] = "MORE_THAN", ["under"] = "LESS_THAN",
        ["barely"] = "LESS_THAN", ["just"] = "APPROX", ["only"] = "EQUAL_OR_LESS",
    });

    /// <summary>Adverbs and nouns that refer to the present, past or future without a date.</summary>
    public static readonly FrozenDictionary<string, string> References = Build(new Dictionary<string, string>
    {
        ["now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF", ["nowadays"] = "PRESENT_REF", ["presently"] = "PRESENT_REF",
        ["recently"] = "PAST_REF", ["lately"] = "PAST_REF",
    });

    /// <summary>Recurrence adverbs and their TIMEX3 SET values.</summary>
    public static readonly FrozenDictionary<string, string> SetAdverbs = Build(new Dictionary<string, string>
    {
        ["daily"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["annually"] = "P1Y", ["yearly"] = "P1Y", ["hourly"] = "PT1H",
        ["nightly"] = "P1D", ["fortnightly"] = "P2W",
    });

    /// <summary>Number words of years spoken in words ("nineteen ninety-six").</summary>
    public static readonly FrozenDictionary<string, int> Decades = Build(new Dictionary<string, int>
    {
        ["twenties"] = 20, ["thirties"] = 30, ["forties"] = 40, ["fifties"] = 50, ["sixties"] = 60, ["seventies"] = 70,
        ["eighties"] = 80, ["nineties"] = 90,
    });

    /// <summary>Time zones that may follow a clock time; part of the extent.</summary>
    public static readonly FrozenSet<string> TimeZones = BuildSet(
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "ct");

    /// <summary>Fixed-date holidays: month and day.</summary>
    public static readonly FrozenDictionary<string, (int Month, int Day)> Holidays = Build(new Dictionary<string, (int, int)>
    {
        ["christmas"] = (12, 25), ["new year's day"] = (1, 1), ["new year's eve"] = (12, 31), ["christmas eve"] = (12, 24),
        ["christmas day"] = (12, 25), ["may day"] = (5, 1), ["valentine's day"] = (2, 14), ["halloween"] = (10, 31),
        ["boxing day"] = (12, 26), ["new year"] = (1, 1),
    });

    /// <summary>Words after a year or a number that make it a count or a label, not a date ("2000 fighters", "Route 7").</summary>
    public static readonly FrozenSet<string> LabelWords = BuildSet(
        "route", "highway", "road", "resolution", "division", "brigade", "regiment", "battalion", "no", "number", "flight",
        "room", "apartment", "article", "section", "chapter", "page", "level", "grade", "model", "version", "tel", "phone",
        "p", "pp", "vol", "item", "unit", "gate", "platform", "group", "corps", "f", "mig", "su", "boeing", "airbus", "a", "b",
        "c", "m", "t", "s", "g");

    /// <summary>Words that stand between a count and its unit without changing it ("20 more years", "three straight days").</summary>
    public static readonly FrozenSet<string> ExtraCountWords = BuildSet(
        "more", "additional", "further", "extra", "consecutive", "straight", "successive", "full", "whole");

    /// <summary>Words that put the verb of a clause in the past.</summary>
    public static readonly FrozenSet<string> PastCues = BuildSet(
        "was", "were", "had", "did", "said", "told", "saw", "took", "began", "came", "went", "fell", "made", "gave", "held",
        "left", "lost", "won", "met", "sent", "got", "led", "killed", "fought", "hit", "struck", "announced", "ago", "former",
        "wasn't", "weren't", "didn't", "hadn't", "last", "earlier", "previously", "reported", "declared", "launched", "seized",
        "captured", "carried", "died", "fled", "ended", "became", "rose", "thought", "brought", "caught", "built", "found",
        "spoke", "wrote", "knew", "chose", "ran", "stood", "sought", "shot", "put", "paid", "kept", "closed", "opened");

    /// <summary>Words that put the verb of a clause in the future.</summary>
    public static readonly FrozenSet<string> FutureCues = BuildSet(
        "will", "shall", "'ll", "won't", "plans", "planned", "planning", "expects", "expected", "scheduled", "due", "next",
        "upcoming", "coming", "going", "intends", "predicts", "hopes", "aims", "would", "could", "might", "plan", "set",
        "planning", "expect", "expects", "likely");

    /// <summary>Words ending in "ed" that are not past verbs.</summary>
    public static readonly FrozenSet<string> NotPastEd = BuildSet(
        "need", "needed", "speed", "seed", "bed", "red", "hundred", "shed", "feed", "breed", "indeed", "led", "wed", "embed",
        "armed", "united", "based", "backed", "led", "allied", "so-called", "called", "supported", "alleged", "suspected",
        "expected", "scheduled", "planned", "proposed", "advanced", "detailed", "limited", "related", "concerned", "interested",
        "reported", "named", "estimated", "dedicated");

    /// <summary>
    /// The words the grammar compares a piece with by name (every single-word literal of
    /// <see cref="TemporalRecognizer"/>; a test keeps this list complete).
    /// </summary>
    internal static readonly FrozenSet<string> GrammarWords = BuildSet(
        "'", "’", "'ll", "'s", ".", "a", "a.m", "a.m.", "about", "according", "across", "after", "ago", "am", "an",
        "anchor", "and", "april", "are", "around", "as", "at", "august", "autumn", "be", "been", "before", "being",
        "between", "billion", "by", "c.", "cents", "century", "christmas", "circa", "clock", "coming", "could",
        "couple", "current", "daily", "day", "days", "decade", "december", "deictic", "dollars", "dozen", "due",
        "duration", "during", "each", "earlier", "early", "earnings", "easter", "ed", "eighth", "elections", "end",
        "ended", "ending", "eve", "every", "expected", "explicit", "fall", "february", "few", "fewer", "figures",
        "fiscal", "for", "friday's", "from", "future", "games", "half", "halloween", "has", "have", "hence", "her",
        "his", "holiday", "hundred", "i", "impossible", "in", "ing", "into", "is", "its", "january", "july", "june",
        "just", "last", "lasted", "late", "later", "latest", "least", "less", "levels", "long", "longer", "m",
        "many", "march", "may", "medium", "mid", "midday", "midnight", "might", "million", "moment", "monday",
        "month", "more", "most", "much", "nd", "near", "nearly", "new", "next", "night", "nineties", "no", "noon",
        "november", "now", "o'clock", "october", "of", "offset", "old", "olympics", "on", "once", "one", "or",
        "other", "over", "p", "p.m", "p.m.", "past", "per", "percent", "period", "plus", "pm", "present", "pxce",
        "pxde", "pxw", "quarter", "rd", "recent", "recently", "recurrence", "reference", "results", "s", "sales",
        "say", "says", "scheduled", "season", "september", "several", "shall", "short", "since", "so", "soon",
        "spent", "spring", "st", "summer", "sunday", "t", "takes", "talks", "tensewindow", "term", "th", "than",
        "thanksgiving", "that", "the", "their", "these", "this", "those", "thousand", "three", "through",
        "throughout", "thus", "till", "time", "times", "tni", "to", "today", "tokens", "tomorrow", "tonight",
        "took", "toward", "towards", "twice", "two", "under", "until", "up", "vague", "valentine's", "versus",
        "was", "weekday", "weekend", "weekly", "will", "winter", "within", "won't", "would", "x", "xxxx", "year",
        "year's", "year’s", "yesterday", "’");

    /// <summary>
    /// Every word an expression can begin with: the grammar's literals and the keys of every list
    /// it looks a first piece up in (not the tense cues, labels or words between a count and its
    /// unit, which are only read around an expression). A word outside it starts nothing, so the
    /// driver skips it without trying the grammar; numbers and words with a digit always try.
    /// </summary>
    internal static readonly FrozenSet<string> StartWords = GrammarWords.Except(ContextWords(), Comparer)
        .Concat(Months.Keys).Concat(Weekdays.Keys).Concat(WeekdayPlurals.Keys).Concat(Numbers.Keys).Concat(VagueCounts)
        .Concat(Ordinals.Keys).Concat(Units.Keys).Concat(Seasons.Keys).Concat(PartsOfDay.Keys).Concat(DeicticDays.Keys)
        .Concat(Shifters.Keys).Concat(PartModifiers.Keys).Concat(PartNouns.Keys).Concat(Approximators.Keys).Concat(References.Keys)
        .Concat(SetAdverbs.Keys).Concat(Decades.Keys).Concat(TimeZones).Concat(Holidays.Keys)
        .ToFrozenSet(Comparer);

    /// <summary>
    /// Literals the grammar only reads beside an expression, never as its first piece (prepositions and verbs
    /// of the tense cues, the words after a count): frequent words the driver need not try. A test checks
    /// that no core compares its first piece with one of them.
    /// </summary>
    internal static string[] ContextWords() =>
    [
        "in", "of", "to", "that", "for", "from", "after", "than", "its", "their", "his", "her", "those", "have", "was",
        "has", "by", "on", "and", "since", "be", "been", "being", "is", "are", "or", "into", "according", "during", "says", "say",
        "am", "before", "between", "until", "till", "through", "throughout", "across", "plus", "thus", "versus", "toward",
        "towards", "could", "might", "shall", "will", "would", "so", "old", "ago", "hence", "ed", "ing", "other", "most", "least",
        "much",
    ];

    private static FrozenDictionary<string, T> Build<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(Comparer);

    private static FrozenSet<string> BuildSet(params string[] words) => words.ToFrozenSet(Comparer);

    /// <summary>Span lookups of every list (no string is allocated to look a token up).</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayPluralLookup = WeekdayPlurals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueCountLookup = VagueCounts.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, TimeUnit>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = Seasons.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartOfDayLookup = PartsOfDay.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DeicticLookup = DeicticDays.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ShifterLookup = Shifters.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartModifierLookup = PartModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PartNounLookup = PartNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ApproximatorLookup = Approximators.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ReferenceLookup = References.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SetAdverbLookup = SetAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DecadeLookup = Decades.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeZoneLookup = TimeZones.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExtraCountWordLookup = ExtraCountWords.GetAlternateLookup<ReadOnlySpan<char>>();
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartLookup = StartWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which (length, ASCII initial) pairs some start word has, so that most words are passed over without hashing.</summary>
    private static readonly bool[] StartShapes = BuildShapes(StartWords);

    /// <summary>Whether an all-ASCII-letter word may be a start word (false means it certainly is not).</summary>
    internal static bool MayStart(ReadOnlySpan<char> word) =>
        word.Length >= 32 || StartShapes[(word.Length * 128) + char.ToLowerInvariant(word[0])];

    private static bool[] BuildShapes(FrozenSet<string> words)
    {
        var shapes = new bool[32 * 128];
        foreach (var w in words)
        {
            if (w.Length is > 0 and < 32 && w[0] < 128)
            {
                shapes[(w.Length * 128) + char.ToLowerInvariant(w[0])] = true;
            }
            else if (w.Length > 0)
            {
                Array.Fill(shapes, true); // a start word with a non-ASCII initial: no shortcut
            }
        }

        return shapes;
    }
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = LabelWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = PastCues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastEdLookup = NotPastEd.GetAlternateLookup<ReadOnlySpan<char>>();
}
