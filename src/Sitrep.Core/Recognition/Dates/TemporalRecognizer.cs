using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Segmentation;
using Sitrep.Text;
using static Sitrep.Recognition.Dates.DateLexicon;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Recognises the temporal expressions of one sentence from its tokens and resolves each against
/// the publication date: a left-to-right grammar with bounded look-ahead at each token, so time is
/// linear in the sentence whatever its content.
/// </summary>
/// <remarks>
/// <para>Words joined by hyphens are read as their parts ("mid-November", "two-month", "third-quarter").
/// At each position the grammar tries, in order, an optional "the", a bound on an amount ("nearly",
/// "more than"), a part ("early", "mid- to late", "the end of") and then one core expression:
/// a calendar date in any news form, a weekday, a month, a year, a decade or century, a quarter,
/// half or season, a holiday, a deictic day ("yesterday"), a shift ("last week", "next Monday",
/// "the past 24 hours"), an amount of units ("three years ago", "a two-month battle", "for
/// years"), a reference ("now", "recently", "the near term"), a recurrence ("daily", "every
/// Monday") or a clock time ("10:35 a.m. EST"). A day is joined by a part of the day or a clock
/// time around it ("Friday morning", "9 a.m. Tuesday").</para>
/// <para>Extents follow TimeML: determiners, bounds and parts are in ("the past 24 hours",
/// "nearly two years", "the end of the year"), prepositions are not ("on Monday" gives "Monday").
/// Numbers that are counts or labels ("2,000 fighters", "Route 7", "the 17th Division", "F-16")
/// are never dates.</para>
/// </remarks>
public static class TemporalRecognizer
{
    /// <summary>Pieces of one sentence the grammar reads at most; the splitter caps sentences well below this.</summary>
    private const int MaxPieces = 2048;

    /// <summary>Pieces searched each side of an expression for the tense of its clause.</summary>
    private const int TenseWindow = 8;

    private enum PieceKind : byte
    {
        Word,
        Number,
        Hyphen,
        Punctuation,
        Symbol,
    }

    /// <summary>A token, or a part of a hyphenated word.</summary>
    private readonly record struct Piece(int Start, int End, PieceKind Kind);

    /// <summary>What the grammar found at a position: the pieces it spans and what they mean.</summary>
    private struct Found
    {
        public int Start;
        public int End;
        public TimexType Type;
        public Resolved Resolved;
        public string? Mod;
        public string Rule;

        /// <summary>The pieces look like a date that cannot exist ("February 30"): consumed, reported, not a mention.</summary>
        public bool Impossible;

        /// <summary>The core began with an amount ("two years", "a week"): a bound before it belongs to the extent.</summary>
        public bool Counted;

        /// <summary>The core is a single day a part of the day or a clock time can join.</summary>
        public bool IsDay => Type == TimexType.Date && Resolved.Precision == DatePrecision.Day || Resolved.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal);
    }

    /// <summary>Tokenises one sentence and recognises its temporal expressions against <paramref name="anchor"/> (for tests and tools).</summary>
    public static IReadOnlyList<TemporalMention> Recognize(string sentence, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextRange(0, sentence.Length), tokens);
        var into = new List<TemporalMention>();
        Recognize(sentence, [.. tokens], new TemporalNormalizer(anchor), new DiscourseState(), into, []);
        return into;
    }

    /// <summary>What earlier sentences of the same document said, for expressions that refer back ("a year earlier" after a quarter).</summary>
    public sealed class DiscourseState
    {
        /// <summary>The last quarter a sentence named, as year * 4 + quarter - 1; null before any.</summary>
        internal int? LastQuarter { get; set; }
    }

    /// <summary>Appends the temporal expressions of the sentence made of <paramref name="tokens"/> to <paramref name="into"/>.</summary>
    public static void Recognize(string text, ReadOnlySpan<Token> tokens, TemporalNormalizer normalizer, DiscourseState state, List<TemporalMention> into, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var buffer = ArrayPool<Piece>.Shared.Rent(Math.Min(MaxPieces, tokens.Length * 3 + 1));
        try
        {
            var count = Split(text, tokens, buffer);
            var g = new Grammar(text, buffer.AsSpan(0, count), normalizer, state, diagnostics);
            var i = 0;
            while (i < count)
            {
                Found f = default;
                var matched = g.CouldStart(i) && g.Match(i, out f);
                if (matched && f.Impossible)
                {
                    i = f.End;
                }
                else if (matched)
                {
                    Debug.Assert(f.End > i && f.Start >= i - 1, "A match consumes at least one piece.");
                    var mention = g.ToMention(f);
                    into.Add(mention);
                    if (mention.Precision == DatePrecision.Quarter && mention.Interval is { } q && mention.Value.Contains('Q', StringComparison.Ordinal) && mention.Policy != "reference-quarter" && !mention.Rule.StartsWith("year-ago", StringComparison.Ordinal))
                    {
                        state.LastQuarter = q.First.Year * 4 + (q.First.Month - 1) / 3;
                    }

                    i = f.End;
                }
                else
                {
                    // A failed "the" tried the piece after it as its core: it cannot start an expression either.
                    var triedNext = g.TriedNext(i);
                    i = g.SkipLabel(i);
                    if (triedNext && i < count)
                    {
                        i = g.SkipLabel(i);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<Piece>.Shared.Return(buffer);
        }
    }

    /// <summary>The pieces of the tokens: hyphenated words split at their hyphens.</summary>
    private static int Split(string text, ReadOnlySpan<Token> tokens, Piece[] into)
    {
        var n = 0;
        foreach (var token in tokens)
        {
            if (n + 3 > into.Length)
            {
                break;
            }

            var r = token.Range;
            if (token.Kind != TokenKind.Word)
            {
                var kind = token.Kind switch
                {
                    TokenKind.Number => PieceKind.Number,
                    TokenKind.Punctuation when r.Length == 1 && IsHyphen(text[r.Start]) => PieceKind.Hyphen,
                    TokenKind.Punctuation => PieceKind.Punctuation,
                    _ => PieceKind.Symbol,
                };
                into[n++] = new Piece(r.Start, r.End, kind);
                continue;
            }

            var start = r.Start;
            if (text.AsSpan(r.Start, r.Length).ContainsAny(Hyphens))
            {
                for (var c = r.Start; c < r.End && n + 3 <= into.Length; c++)
                {
                    if (IsHyphen(text[c]) && c > start)
                    {
                        into[n++] = Part(text, start, c);
                        into[n++] = new Piece(c, c + 1, PieceKind.Hyphen);
                        start = c + 1;
                    }
                }
            }

            if (start < r.End && n + 1 < into.Length)
            {
                // "Friday's", "last year's": the possessive is its own piece, outside the extent.
                var end = r.End;
                if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
                {
                    into[n++] = Part(text, start, end - 2);
                    into[n++] = new Piece(end - 2, end, PieceKind.Word);
                }
                else
                {
                    into[n++] = Part(text, start, end);
                }
            }
        }

        return n;

        static Piece Part(string text, int start, int end) =>
            new(start, end, text.AsSpan(start, end - start).ContainsAnyExceptInRange('0', '9') ? PieceKind.Word : PieceKind.Number);
    }

    private static bool IsHyphen(char c) => c is '-' or '‑' or '–';

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-‑–");

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create([.. Enumerable.Range('A', 26).Concat(Enumerable.Range('a', 26)).Select(c => (char)c)]);

    /// <summary>The grammar over the pieces of one sentence.</summary>
    private readonly ref struct Grammar(string text, ReadOnlySpan<Piece> pieces, TemporalNormalizer normalizer, DiscourseState state, List<Diagnostic> diagnostics)
    {
        private readonly DiscourseState state = state;
        private readonly string text = text;
        private readonly ReadOnlySpan<Piece> p = pieces;
        private readonly TemporalNormalizer n = normalizer;
        private readonly List<Diagnostic> diagnostics = diagnostics;

        private int Length => p.Length;

        private ReadOnlySpan<char> this[int i] => i >= 0 && i < p.Length ? text.AsSpan(p[i].Start, p[i].End - p[i].Start) : [];

        private bool Is(int i, string word) => i >= 0 && i < p.Length && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsAny(int i, params ReadOnlySpan<string> words)
        {
            foreach (var w in words)
            {
                if (Is(i, w))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKind(int i, PieceKind kind) => i >= 0 && i < p.Length && p[i].Kind == kind;

        private bool IsWord(int i) => IsKind(i, PieceKind.Word);

        private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(this[i][0]);

        /// <summary>Piece <paramref name="i"/> touches the piece before it.</summary>
        private bool Glued(int i) => i > 0 && i < p.Length && p[i].Start == p[i - 1].End;

        /// <summary>A hyphen at <paramref name="i"/> that joins the pieces on both sides ("two-month").</summary>
        private bool JoiningHyphen(int i) => IsKind(i, PieceKind.Hyphen) && Glued(i) && Glued(i + 1);

        private bool Lookup<T>(int i, System.Collections.Frozen.FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, out T value)
        {
            if (i >= 0 && i < p.Length && p[i].Kind == PieceKind.Word)
            {
                return lookup.TryGetValue(this[i], out value!);
            }

            value = default!;
            return false;
        }

        private bool InSet(int i, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup) =>
            i >= 0 && i < p.Length && p[i].Kind == PieceKind.Word && lookup.Contains(this[i]);

        private int Number(int i) => int.TryParse(this[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

        // ---------------------------------------------------------------- the driver

        /// <summary>Whether a failed <see cref="Match(int, out Found)"/> at <paramref name="i"/> also tried <c>Match(i + 1)</c>, and so showed that nothing starts there.</summary>
        public bool TriedNext(int i) => Is(i, "the") && SkipLabel(i) == i + 1;

        /// <summary>Whether an expression can begin at piece <paramref name="i"/>: anything but a word the grammar never starts with.</summary>
        public bool CouldStart(int i)
        {
            if (!IsWord(i))
            {
                // Numbers start dates, times and amounts; of the marks only an apostrophe does ("'90s").
                return IsKind(i, PieceKind.Number) || this[i] is "'" or "’";
            }

            // A word with anything but ASCII letters ("1990s", "Valentine's", "3pm", "Ramadán") always tries.
            var s = this[i];
            return s.ContainsAnyExcept(AsciiLetters) || DateLexicon.MayStart(s) && StartLookup.Contains(s);
        }

        /// <summary>Skips a piece that does not start an expression, and with it a label's number ("Route 7", "the 17th Division").</summary>
        public int SkipLabel(int i)
        {
            // A one-letter label is a capital ("F-16", "A 320"); lower-case "a 10-hour tour" is an article.
            // A capitalised name before a count of units is not a label: "NATO 50 years ago", "Blair 10 days ago".
            // The number is checked first: it is rare, the label lookup is not free.
            var numberAfter = IsKind(i + 1, PieceKind.Number) || (IsKind(i + 1, PieceKind.Hyphen) && IsKind(i + 2, PieceKind.Number) && Glued(i + 2));
            if (numberAfter && ((InSet(i, LabelLookup) && !(this[i].Length == 1 && char.IsLower(this[i][0]))) || (IsCapitalised(i) && this[i + 1].Length != 4 && !(IsKind(i + 1, PieceKind.Number) && Lookup(i + 2, UnitLookup, out _)))))
            {
                return IsKind(i + 1, PieceKind.Number) ? i + 2 : i + 3;
            }

            return i + 1;
        }

        /// <summary>The longest expression starting at <paramref name="i"/>, with its determiner, bound and part.</summary>
        public bool Match(int i, out Found f)
        {
            f = default;
            if (i >= Length)
            {
                return false;
            }

            // "the year ended March 31", "the fiscal year ending June 30": a reporting period, a year long.
            if (Is(i, "the") && (Is(i + 1, "year") || (Is(i + 1, "fiscal") && Is(i + 2, "year"))))
            {
                var y = Is(i + 1, "year") ? i + 1 : i + 2;
                if (IsAny(y + 1, "ended", "ending", "to"))
                {
                    f = Make(i, y + 1, TimexType.Duration, new Resolved("P1Y", DatePrecision.Unknown, null, "explicit"), "reporting-year");
                    return true;
                }
            }

            // A determiner, a bound, a part: each optional, in that order, each only kept when a core follows.
            if (Is(i, "the") && CouldStart(i + 1) && Match(i + 1, out f))
            {
                if (f.Rule is "reference" or "recurrence-adverb" or "deictic" or "weekday" or "clock" or "duration-adjective" or "holiday" || f.Rule.StartsWith("month", StringComparison.Ordinal))
                {
                    return true;
                }

                f.Start = i;
                return true;
            }

            if (Bound(i, out var boundEnd, out var boundMod) && Core(boundEnd, out f) && f.Counted)
            {
                f.Start = i;
                f.Mod ??= boundMod;
                return true;
            }

            if (PartOf(i, out f))
            {
                return true;
            }

            // No core begins with "the" (the most frequent word of news): it only joins the expression after it.
            return !Is(i, "the") && Core(i, out f) && Joined(ref f);
        }

        public TemporalMention ToMention(in Found f)
        {
            var range = new TextRange(p[f.Start].Start, p[f.End - 1].End);
            var r = f.Resolved;
            var interval = r.Interval;
            var policy = r.Policy;

            // "before the end of the year": from the anchor to the end of the period, when that lies ahead.
            if (interval is { } iv && n.Anchor is { } a && f.Start > 0 && IsAny(f.Start - 1, "before", "by") && iv.Last > a && f.Type == TimexType.Date)
            {
                interval = new DateInterval(a, iv.Last);
                policy += "+before";
            }

            return new TemporalMention(range, f.Type, r.Value, r.Precision, interval, f.Mod, policy, f.Rule);
        }

        // ---------------------------------------------------------------- prefixes

        /// <summary>"nearly", "about", "more than", "at least", "up to", "no more than" before an amount.</summary>
        private bool Bound(int i, out int end, out string? mod)
        {
            end = i;
            mod = null;
            if (Lookup(i, ApproximatorLookup, out var m))
            {
                end = i + 1;
                mod = m;
                if (Is(i, "just") && IsAny(i + 1, "over", "under"))
                {
                    end = i + 2;
                }

                return true;
            }

            if (IsAny(i, "more", "less", "fewer", "longer") && Is(i + 1, "than"))
            {
                (end, mod) = (i + 2, Is(i, "more") || Is(i, "longer") ? "MORE_THAN" : "LESS_THAN");
                return true;
            }

            if (Is(i, "no") && IsAny(i + 1, "more", "less", "longer") && Is(i + 2, "than"))
            {
                (end, mod) = (i + 3, Is(i + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE");
                return true;
            }

            if ((Is(i, "at") && IsAny(i + 1, "least", "most")) || (Is(i, "up") && Is(i + 1, "to")) || (Is(i, "as") && IsAny(i + 1, "many", "much", "long") && Is(i + 2, "as")))
            {
                (end, mod) = Is(i, "as") ? (i + 3, "EQUAL_OR_LESS") : (i + 2, Is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS");
                return true;
            }

            return false;
        }

        /// <summary>"early", "mid-", "late", "earlier", "later", "mid- to late", "the end of", "the first half of" before a period.</summary>
        private bool PartOf(int i, out Found f)
        {
            f = default;
            var start = i;
            if (Is(i, "the") || Is(i, "this"))
            {
                i++;
            }

            // the end / beginning / middle of X; the first / second half of X ("the end of the year" is this year's)
            if (i > start && Lookup(i, PartNounLookup, out var nounMod) && Is(i + 1, "of") && IsAny(i + 2, "the", "this") && Lookup(i + 3, UnitLookup, out var ofUnit)
                && ofUnit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century && !this[i + 3].EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                var whole = n.ShiftUnit(ofUnit, 0);
                f = Make(start, i + 4, TimexType.Date, whole with { Interval = TemporalNormalizer.Part(whole.Interval, nounMod) }, "part-noun+the-unit");
                f.Mod = nounMod;
                return true;
            }

            if (i > start && Lookup(i, PartNounLookup, out nounMod) && Is(i + 1, "of") && Core(i + 2, out f) && f.Type == TimexType.Date)
            {
                f.Start = start;
                f.Mod = nounMod;
                f.Rule = "part-noun+" + f.Rule;
                f.Resolved = f.Resolved with { Interval = TemporalNormalizer.Part(f.Resolved.Interval, nounMod) };
                return true;
            }

            if (i > start && Lookup(i, OrdinalLookup, out var half) && half is 1 or 2 or -1 && Is(i + 1, "half"))
            {
                half = half < 0 ? 2 : half;
                var end = i + 2;
                int? year = null;
                var policy = "anchor";
                if (Is(end, "of") && Year(end + 1, out var y, out var yEnd))
                {
                    (year, end, policy) = (y, yEnd, "explicit");
                }
                else if (Is(end, "of") && (Is(end + 1, "the") || Is(end + 1, "this")) && Is(end + 2, "year"))
                {
                    (year, end) = (n.Anchor?.Year, end + 3);
                }
                else
                {
                    year = n.Anchor?.Year;
                }

                f = new Found
                {
                    Start = start, End = end, Type = TimexType.Date, Rule = "half",
                    Resolved = year is { } yy ? TemporalNormalizer.Half(yy, half, policy) : new Resolved($"XXXX-H{half}", DatePrecision.Quarter, null, TemporalNormalizer.Unanchored),
                };
                return true;
            }

            if (i > start)
            {
                return false;
            }

            if (!Lookup(i, PartModifierLookup, out var mod))
            {
                return false;
            }

            var next = i + 1;
            if (IsKind(next, PieceKind.Hyphen))
            {
                next++;
            }

            // "mid- to late February", "early to mid-2017"
            var lastMod = mod;
            if (IsAny(next, "to", "and", "or") && Lookup(next + 1, PartModifierLookup, out var second))
            {
                lastMod = second;
                next += 2;
                if (IsKind(next, PieceKind.Hyphen))
                {
                    next++;
                }
            }

            if (!Core(next, out f) || f.Type is TimexType.Duration or TimexType.Set || f.Resolved.Value.EndsWith("_REF", StringComparison.Ordinal))
            {
                return false;
            }

            Joined(ref f);
            var first = TemporalNormalizer.Part(f.Resolved.Interval, mod);
            var last = TemporalNormalizer.Part(f.Resolved.Interval, lastMod);
            f.Start = start;
            f.Mod = mod == lastMod ? mod : null;
            f.Rule = (mod == lastMod ? "part-" : "part-range-") + f.Rule;
            if (first is { } a && last is { } b)
            {
                f.Resolved = f.Resolved with { Interval = new DateInterval(a.First, b.Last) };
            }

            return true;
        }

        /// <summary>Joins a day and a part of the day or a clock time after it: "Friday morning", "yesterday afternoon".</summary>
        private bool Joined(ref Found f)
        {
            if (!f.IsDay)
            {
                return true;
            }

            var i = f.End;
            if (Lookup(i, PartOfDayLookup, out var part) && !char.IsDigit(part[0]))
            {
                f.End = i + 1;
                f.Type = TimexType.Time;
                f.Resolved = f.Resolved with { Value = f.Resolved.Value + "T" + part, Precision = DatePrecision.Time };
                f.Rule += "+part-of-day";
            }

            return true;
        }

        // ---------------------------------------------------------------- cores

        /// <summary>The longest core expression at <paramref name="i"/>.</summary>
        private bool Core(int i, out Found best)
        {
            best = default;
            if (i >= Length)
            {
                return false;
            }

            var found = false;
            Consider(Clock(i, out var f), f, ref best, ref found);
            Consider(WeekdayDate(i, out f), f, ref best, ref found);
            Consider(MonthDate(i, out f), f, ref best, ref found);
            Consider(DayMonth(i, out f), f, ref best, ref found);
            Consider(Numeric(i, out f), f, ref best, ref found);
            Consider(YearOrDecade(i, out f), f, ref best, ref found);
            Consider(QuarterOrSeason(i, out f), f, ref best, ref found);
            Consider(Deictic(i, out f), f, ref best, ref found);
            Consider(Shifted(i, out f), f, ref best, ref found);
            Consider(Amount(i, out f), f, ref best, ref found);
            Consider(Reference(i, out f), f, ref best, ref found);
            Consider(Recurrence(i, out f), f, ref best, ref found);
            Consider(Holiday(i, out f), f, ref best, ref found);
            return found;
        }

        private static void Consider(bool ok, in Found f, ref Found best, ref bool found)
        {
            if (ok && (!found || f.End > best.End))
            {
                best = f;
                found = true;
            }
        }

        private Found Make(int start, int end, TimexType type, Resolved r, string rule, bool counted = false) =>
            new() { Start = start, End = end, Type = type, Resolved = r, Rule = rule, Counted = counted };

        /// <summary>A weekday, alone or before a date ("Monday, Oct. 26"); plural weekdays recur ("on Fridays").</summary>
        private bool WeekdayDate(int i, out Found f)
        {
            f = default;
            if (Lookup(i, WeekdayPluralLookup, out var plural) && IsCapitalised(i))
            {
                f = Make(i, i + 1, TimexType.Set, new Resolved($"XXXX-WXX-{plural}", DatePrecision.Unknown, null, "recurrence"), "weekday-plural");
                return true;
            }

            if (!Lookup(i, WeekdayLookup, out var weekday) || !IsCapitalised(i))
            {
                return false;
            }

            var end = i + 1;
            if (this[i].Length <= 4)
            {
                // An abbreviation only with a full stop and a date after it.
                if (!Is(end, "."))
                {
                    return false;
                }

                end++;
            }

            var after = Is(end, ",") ? end + 1 : end;
            if ((MonthDate(after, out var date) || DayMonth(after, out date)) && date.Resolved.Precision == DatePrecision.Day)
            {
                f = date;
                f.Start = i;
                f.Rule = "weekday+" + date.Rule;
                return true;
            }

            if (this[i].Length <= 4)
            {
                return false;
            }

            f = Make(i, end, TimexType.Date, n.Weekday(weekday, null, TenseAt(i, end)), "weekday");
            return true;
        }

        /// <summary>"November 2, 2017", "Nov. 2", "November 2nd", "November 2017", "November", "June last year", "March eighth".</summary>
        private bool MonthDate(int i, out Found f)
        {
            f = default;
            if (!Lookup(i, MonthLookup, out var month) || !IsCapitalised(i))
            {
                return false;
            }

            var full = this[i].Length > 4 || Is(i, "june") || Is(i, "july") || Is(i, "may");
            var end = i + 1;
            var dotted = false;
            if (Is(end, ".") && !full)
            {
                end++;
                dotted = true;
            }

            if (Day(end, out var day, out var dayEnd) && !IsKind(dayEnd, PieceKind.Symbol) && !Is(dayEnd, "%") && !(IsKind(dayEnd, PieceKind.Hyphen) && Glued(dayEnd) && !IsKind(dayEnd + 1, PieceKind.Number)))
            {
                var yearStart = Is(dayEnd, ",") ? dayEnd + 1 : dayEnd;
                if (Year(yearStart, out var year, out var yearEnd) && !Is(yearStart - 1, "-"))
                {
                    return Calendar(i, yearEnd, year, month, day, "month-day-year", out f);
                }

                return Calendar(i, dayEnd, null, month, day, "month-day", out f);
            }

            var ys = Is(end, ",") || Is(end, "of") ? end + 1 : end;
            if (Year(ys, out var y, out var yEnd))
            {
                f = Make(i, yEnd, TimexType.Date, TemporalNormalizer.ExplicitMonth(y, month), "month-year");
                return true;
            }

            if (!full && !dotted)
            {
                return false;
            }

            if (!full && dotted)
            {
                return false;
            }

            // "June last year", "January this year", "March next year"
            if (Lookup(end, ShifterLookup, out var shift) && Is(end + 1, "year") && !Is(end, "past") && !Is(end, "coming"))
            {
                var shifted = n.ShiftYear(shift);
                f = Make(i, end + 2, TimexType.Date,
                    shifted is { } sy ? TemporalNormalizer.ExplicitMonth(sy, month) with { Policy = "anchor" } : new Resolved($"XXXX-{month:00}", DatePrecision.Month, null, TemporalNormalizer.Unanchored),
                    "month-shifted-year");
                return true;
            }

            if (month == 5 && !MayIsMonth(i))
            {
                return false;
            }

            if (month == 3 && IsAny(end, "on", "to", "through", "towards", "toward", "into") && i == 0)
            {
                return false;
            }

            f = Make(i, end, TimexType.Date, n.MonthOfYear(month, TenseAt(i, end)), "month");
            return true;
        }

        /// <summary>"May" is the month after a preposition or part word, before a day or year (tested by the caller) or in a list of months.</summary>
        private bool MayIsMonth(int i) =>
            i > 0 && (IsAny(i - 1, "in", "since", "until", "till", "by", "during", "from", "of", "early", "late", "mid", "last", "next", "this",
                          "through", "before", "after", "between", "to", "and", "or", "throughout", "that", "-") || Lookup(i - 1, MonthLookup, out _))
                  && !(IsCapitalised(i - 1) && !Lookup(i - 1, MonthLookup, out _) && !Is(i - 1, "In"));

        /// <summary>"2 Nov 2017", "2nd November", "the 2nd of November", "on the 2nd".</summary>
        private bool DayMonth(int i, out Found f)
        {
            f = default;
            if (!Day(i, out var day, out var dayEnd))
            {
                return false;
            }

            var m = Is(dayEnd, "of") ? dayEnd + 1 : dayEnd;
            if (Lookup(m, MonthLookup, out var month) && IsCapitalised(m))
            {
                var end = m + 1;
                var full = this[m].Length > 4 || Is(m, "june") || Is(m, "july") || Is(m, "may");
                if (Is(end, ".") && !full)
                {
                    end++;
                }

                var ys = Is(end, ",") ? end + 1 : end;
                if (Year(ys, out var year, out var yearEnd))
                {
                    return Calendar(i, yearEnd, year, month, day, "day-month-year", out f);
                }

                return Calendar(i, end, null, month, day, "day-month", out f);
            }

            // "on the 2nd": an ordinal day of the anchor's month.
            if (IsOrdinalDay(i) && Is(i - 1, "the") && Is(i - 2, "on") && !IsCapitalised(dayEnd) && n.Anchor is { } a)
            {
                return Calendar(i, dayEnd, null, a.Month, day, "ordinal-day", out f);
            }

            return false;
        }

        private bool IsOrdinalDay(int i) => IsWord(i) && char.IsAsciiDigit(this[i][0]);

        /// <summary>A day of the month: "2", "02", "2nd", "23rd", or an ordinal word ("eighth").</summary>
        private bool Day(int i, out int day, out int end)
        {
            day = 0;
            end = i + 1;
            var s = this[i];
            if (IsKind(i, PieceKind.Number) && s.Length <= 2)
            {
                day = Number(i);
                if (day is >= 1 and <= 31 && !Is(i + 1, ":") && !Is(i + 1, "."))
                {
                    return true;
                }

                if (day is >= 1 and <= 31 && Is(i + 1, ".") && !IsKind(i + 2, PieceKind.Number))
                {
                    return true;
                }

                return false;
            }

            if (IsWord(i) && s.Length is >= 3 and <= 4 && char.IsAsciiDigit(s[0]))
            {
                var digits = char.IsAsciiDigit(s[1]) ? 2 : 1;
                var suffix = s[digits..];
                if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                    || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                {
                    day = int.Parse(s[..digits], CultureInfo.InvariantCulture);
                    return day is >= 1 and <= 31;
                }
            }

            if (Lookup(i, OrdinalLookup, out var ordinal) && ordinal is >= 1 and <= 31 && i > 0 && Lookup(i - 1, MonthLookup, out _))
            {
                day = ordinal;
                return true;
            }

            return false;
        }

        /// <summary>A year: four digits in a plausible range, not a count ("2000 fighters") nor a label ("Route 2014").</summary>
        private bool Year(int i, out int year, out int end)
        {
            year = 0;
            end = i + 1;
            if (!IsKind(i, PieceKind.Number) || this[i].Length != 4)
            {
                return YearInWords(i, out year, out end);
            }

            year = Number(i);
            if (year is < 1000 or > 2099)
            {
                return false;
            }

            // Not part of a larger number, a time, a label or an amount.
            if (Is(i + 1, ":") || Is(i + 1, "%") || Is(i + 1, "percent") || IsKind(i - 1, PieceKind.Symbol) || (Is(i - 1, ",") && IsKind(i - 2, PieceKind.Number) && Glued(i)))
            {
                return false;
            }

            if ((InSet(i - 1, LabelLookup) && !Is(i - 1, "a")) || (IsKind(i - 1, PieceKind.Hyphen) && Glued(i) && IsWord(i - 2) && !Lookup(i - 2, PartModifierLookup, out _)))
            {
                return false;
            }

            if (IsCountedNoun(i + 1) && !IsAny(i - 1, "the", "in", "of", "since", "by", "until", "from", "during", "its", "their", "his", "her", "this", "'s", "fiscal"))
            {
                return false;
            }

            if (year < 1800 && !IsAny(i - 1, "in", "since", "of", "by", "until", "from", "year", "around", "circa", "c.", "before", "after"))
            {
                return false;
            }

            return true;
        }

        /// <summary>A lower-case plural noun after a number makes it a count ("2000 fighters").</summary>
        private bool IsCountedNoun(int i)
        {
            if (!IsWord(i) || char.IsUpper(this[i][0]))
            {
                return false;
            }

            var s = this[i];
            return s.Length > 3 && s[^1] is 's' && s[^2] is not '\'' and not 's' && !Is(i, "was") && !Is(i, "has") && !Is(i, "this") && !Is(i, "thus")
                   && !Is(i, "plus") && !Is(i, "versus") && !Is(i, "across") && !Is(i, "elections") && !Is(i, "talks") && !Is(i, "games")
                   && !Is(i, "olympics") && !Is(i, "sales") && !Is(i, "results") && !Is(i, "earnings") && !Is(i, "levels") && !Is(i, "figures");
        }

        /// <summary>"nineteen ninety-six", "two thousand", "two thousand and one".</summary>
        private bool YearInWords(int i, out int year, out int end)
        {
            year = 0;
            end = i;
            if (!Lookup(i, NumberLookup, out var first) || Is(i, "a") || Is(i, "an"))
            {
                return false;
            }

            if (first is >= 10 and <= 20 && Lookup(i + 1, NumberLookup, out var tens) && tens is >= 10 and <= 90 && tens % 10 == 0 && !Is(i + 1, "a"))
            {
                year = first * 100 + tens;
                end = i + 2;
                if (JoiningHyphen(end) && Lookup(end + 1, NumberLookup, out var unit) && unit < 10)
                {
                    year += unit;
                    end += 2;
                }

                return year >= 1100 && IsAny(i - 1, "in", "of", "since", "year", "until", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "winter", "summer", "spring", "autumn", "fall");
            }

            if (first == 2 && Is(i + 1, "thousand") && Is(i - 1, "year"))
            {
                year = 2000;
                end = i + 2;
                return true;
            }

            return false;
        }

        /// <summary>A calendar date from its parts; an impossible one ("February 30") is a diagnostic.</summary>
        private bool Calendar(int start, int end, int? year, int month, int day, string rule, out Found f)
        {
            f = default;
            var check = year ?? 2000;
            if (!TemporalNormalizer.IsValid(check, month, day))
            {
                var range = new TextRange(p[start].Start, p[end - 1].End);
                if (!diagnostics.Exists(d => d.Range == range))
                {
                    diagnostics.Add(new Diagnostic(DateDiagnosticCodes.ImpossibleDate, Severity.Warning,
                        $"impossible date '{range.Slice(text)}'", range));
                }

                f = new Found { Start = start, End = end, Impossible = true, Rule = "impossible", Resolved = new Resolved("", DatePrecision.Unknown, null, "") };
                return true;
            }

            var r = year is { } y ? TemporalNormalizer.ExplicitDay(new DateOnly(y, month, day)) : n.DayOfYear(month, day, TenseAt(start, end));
            f = Make(start, end, TimexType.Date, r, rule);
            return true;
        }

        /// <summary>"2017-11-02", "11/02/2017" (month first unless the first number cannot be a month), "02.11.2017".</summary>
        private bool Numeric(int i, out Found f)
        {
            f = default;
            if (!IsKind(i, PieceKind.Number))
            {
                return false;
            }

            var s = this[i];
            if (s.Length == 4 && IsKind(i + 1, PieceKind.Hyphen) && Glued(i + 1) && IsKind(i + 2, PieceKind.Number) && Glued(i + 2) && this[i + 2].Length <= 2
                && IsKind(i + 3, PieceKind.Hyphen) && Glued(i + 3) && IsKind(i + 4, PieceKind.Number) && Glued(i + 4) && this[i + 4].Length <= 2)
            {
                return Calendar(i, i + 5, Number(i), Number(i + 2), Number(i + 4), "iso-date", out f);
            }

            if (s.Length <= 2 && Is(i + 1, "/") && Glued(i + 1) && IsKind(i + 2, PieceKind.Number) && Glued(i + 2) && this[i + 2].Length <= 2
                && Is(i + 3, "/") && Glued(i + 3) && IsKind(i + 4, PieceKind.Number) && Glued(i + 4) && this[i + 4].Length is 2 or 4)
            {
                var (a, b) = (Number(i), Number(i + 2));
                var y = Number(i + 4);
                y = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
                var (month, day) = a > 12 ? (b, a) : (a, b);
                return Calendar(i, i + 5, y, month, day, a > 12 ? "numeric-dmy" : "numeric-mdy", out f);
            }

            // One token: "02.11.2017" (day first).
            var dot1 = s.IndexOf('.');
            if (dot1 is 1 or 2 && s.Length is >= 8 and <= 10)
            {
                var rest = s[(dot1 + 1)..];
                var dot2 = rest.IndexOf('.');
                if (dot2 is 1 or 2 && rest.Length - dot2 - 1 == 4
                    && int.TryParse(s[..dot1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                    && int.TryParse(rest[..dot2], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                    && int.TryParse(rest[(dot2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var y4) && m <= 12)
                {
                    return Calendar(i, i + 1, y4, m, d, "numeric-dotted", out f);
                }
            }

            return false;
        }

        /// <summary>"2014", "fiscal 1989", "the 1990s", "mid-1990s", "the '90s", "the nineties", "the 20th century".</summary>
        private bool YearOrDecade(int i, out Found f)
        {
            f = default;
            if (Is(i, "fiscal") && Year(i + 1, out var fy, out var fyEnd))
            {
                f = Make(i, fyEnd, TimexType.Date, TemporalNormalizer.ExplicitYear(fy), "fiscal-year");
                return true;
            }

            if (Year(i, out var year, out var end))
            {
                // "2014-15": a span of years is two years; the second is read on its own.
                f = Make(i, end, TimexType.Date, TemporalNormalizer.ExplicitYear(year), IsKind(i, PieceKind.Number) ? "year" : "year-words");
                return true;
            }

            // Decades: "1990s", "'90s", "90s", "nineties"
            var s = this[i];
            if (IsWord(i) && s.Length == 5 && s[4] == 's' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s[3] == '0'
                && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var decadeYear) && decadeYear is >= 1000 and <= 2090)
            {
                f = Make(i, i + 1, TimexType.Date, Decade(decadeYear / 10), "decade");
                return true;
            }

            if (IsWord(i) && s.Length == 3 && s[2] == 's' && s[1] == '0' && char.IsAsciiDigit(s[0]) && (Is(i - 1, "'") || Is(i - 1, "’") || Is(i - 1, "the")))
            {
                var start = Is(i - 1, "'") || Is(i - 1, "’") ? i - 1 : i;
                var d = s[0] - '0';
                f = Make(start, i + 1, TimexType.Date, Decade(d >= 2 ? 190 + d : 200 + d), "decade-short");
                return true;
            }

            if (Lookup(i, DecadeLookup, out var decade) && (Is(i - 1, "the") || Lookup(i - 1, PartModifierLookup, out _)))
            {
                f = Make(i, i + 1, TimexType.Date, Decade(190 + decade / 10), "decade-words");
                return true;
            }

            // Centuries: "the 20th century", "the nineteenth century"
            if (Is(i + 1, "century") || (JoiningHyphen(i + 1) && Is(i + 2, "century")))
            {
                var c = Lookup(i, OrdinalLookup, out var o) && o > 0 ? o : IsOrdinalDay(i) && Day(i, out var dd, out _) ? dd : 0;
                if (c is >= 1 and <= 30)
                {
                    var cEnd = Is(i + 1, "century") ? i + 2 : i + 3;
                    f = Make(i, cEnd, TimexType.Date,
                        new Resolved((c - 1).ToString("00", CultureInfo.InvariantCulture), DatePrecision.Century,
                            new DateInterval(new DateOnly((c - 1) * 100 + 1, 1, 1), new DateOnly(c * 100, 12, 31)), "explicit"), "century");
                    return true;
                }
            }

            return false;

            static Resolved Decade(int d) =>
                new($"{d:000}", DatePrecision.Decade, new DateInterval(new DateOnly(d * 10, 1, 1), new DateOnly(d * 10 + 9, 12, 31)), "explicit");
        }

        /// <summary>"the third quarter [of 2017]", "third-quarter", "Q3 2017", "the fiscal first quarter", "summer 2017", "the winter of 1994", "this summer".</summary>
        private bool QuarterOrSeason(int i, out Found f)
        {
            f = default;
            var s = this[i];
            var j = i;
            if (Is(j, "fiscal"))
            {
                j++;
            }

            int quarter;
            int end;
            if (Year(i, out var qYear, out var afterYear) && Lookup(afterYear, OrdinalLookup, out var yearQuarter) && yearQuarter is >= 1 and <= 4
                && (Is(afterYear + 1, "quarter") || (JoiningHyphen(afterYear + 1) && Is(afterYear + 2, "quarter"))))
            {
                f = Make(i, Is(afterYear + 1, "quarter") ? afterYear + 2 : afterYear + 3, TimexType.Date, TemporalNormalizer.Quarter(qYear, yearQuarter, "explicit"), "year-quarter");
                return true;
            }

            if (IsWord(j) && s.Length == 2 && (s[0] is 'Q' or 'q') && s[1] is >= '1' and <= '4' && j == i)
            {
                quarter = s[1] - '0';
                end = j + 1;
            }
            else if (Lookup(j, OrdinalLookup, out var ordinal) && ordinal is >= -1 and <= 4 && ordinal != 0)
            {
                var q = j + 1;
                if (JoiningHyphen(q))
                {
                    q++;
                }

                if (Is(q, "fiscal"))
                {
                    q++;
                }

                if (!Is(q, "quarter") || ordinal < 0)
                {
                    return false;
                }

                quarter = ordinal;
                end = q + 1;
            }
            else if (Lookup(i, SeasonLookup, out var season) && !(Is(i, "fall") && !IsAny(i - 1, "the", "this", "last", "next", "in", "of", "early", "late", "-", "that")))
            {
                end = i + 1;
                var ys = Is(end, "of") ? end + 1 : end;
                if (Year(ys, out var sy, out var syEnd))
                {
                    f = Make(i, syEnd, TimexType.Date, TemporalNormalizer.Season(sy, season, "explicit"), "season-year");
                    return true;
                }

                if (IsCapitalised(i) && i > 0 && !Is(i - 1, "the") && !IsAny(i - 1, "in", "this", "last", "next", "of", "early", "late"))
                {
                    return false;
                }

                f = Make(i, end, TimexType.Date, n.SeasonOf(season, null, TenseAt(i, end)), "season");
                return true;
            }
            else
            {
                return false;
            }

            var yearStart = Is(end, "of") ? end + 1 : end;
            if (Year(yearStart, out var year, out var yearEnd))
            {
                f = Make(i, yearEnd, TimexType.Date, TemporalNormalizer.Quarter(year, quarter, "explicit"), "quarter-year");
                return true;
            }

            f = Make(i, end, TimexType.Date, n.QuarterOfYear(quarter, TenseAt(i, end)), "quarter");
            return true;
        }

        /// <summary>"today", "yesterday", "tomorrow", "tonight", "the day before yesterday".</summary>
        private bool Deictic(int i, out Found f)
        {
            f = default;
            if (Is(i, "day") && IsAny(i + 1, "before", "after") && IsAny(i + 2, "yesterday", "tomorrow"))
            {
                var offset = Is(i + 2, "yesterday") ? -2 : 2;
                f = Make(i, i + 3, TimexType.Date, n.DayOffset(offset), "deictic-day");
                return true;
            }

            if (!Lookup(i, DeicticLookup, out var days) || (JoiningHyphen(i + 1) && !Is(i, "today")))
            {
                return false;
            }

            f = Make(i, i + 1, TimexType.Date, n.DayOffset(days), "deictic");
            if (Is(i, "tonight"))
            {
                f.Type = TimexType.Time;
                f.Resolved = f.Resolved with { Value = f.Resolved.Value + "TNI", Precision = DatePrecision.Time };
            }

            return true;
        }

        /// <summary>"last week", "this month", "next year", "last Friday", "last November", "this summer", "last night", "the past 24 hours", "the coming weeks".</summary>
        private bool Shifted(int i, out Found f)
        {
            f = default;
            if (Is(i, "year") && JoiningHyphen(i + 1) && IsAny(i + 2, "ago", "earlier"))
            {
                // "year-ago", "year-earlier" (before "quarter", "period", "results"): the same period a year before
                var q = i + 3;
                if (Lookup(q, OrdinalLookup, out var yq) && yq is >= 1 and <= 4 && (Is(q + 1, "quarter") || (JoiningHyphen(q + 1) && Is(q + 2, "quarter"))))
                {
                    var qEnd = Is(q + 1, "quarter") ? q + 2 : q + 3;
                    var y = n.Anchor?.Year - 1;
                    f = Make(i, qEnd, TimexType.Date, y is { } yy ? TemporalNormalizer.Quarter(yy, yq, "anchor") : new Resolved($"XXXX-Q{yq}", DatePrecision.Quarter, null, TemporalNormalizer.Unanchored), "year-ago-quarter");
                    return true;
                }

                var end = IsAny(q, "quarter", "period") ? q + 1 : q;
                var r = QuarterYearAgo() ?? n.Offset(TimeUnit.Year, 1, -1);
                f = Make(i, end, TimexType.Date, r, "year-ago");
                return true;
            }

            if (Is(i, "weekend") && Is(i - 1, "the"))
            {
                var tenseHere = TenseAt(i, i + 1);
                var toward = tenseHere == Tense.Past ? -1 : tenseHere == Tense.Future ? 0 : n.Anchor is { } wa && TemporalNormalizer.IsoWeekday(wa) <= 3 ? -1 : 0;
                f = Make(i, i + 1, TimexType.Date, n.ShiftUnit(TimeUnit.Weekend, toward), "the-weekend");
                return true;
            }

            if (Is(i, "quarter") && Is(i - 1, "the") && !IsAny(i + 1, "of", "century", "-"))
            {
                var last = state.LastQuarter;
                f = Make(i, i + 1, TimexType.Date,
                    last is { } lq ? TemporalNormalizer.Quarter(lq / 4, lq % 4 + 1, "reference") : n.LastCompletedQuarter(), "the-quarter");
                return true;
            }

            if (!Lookup(i, ShifterLookup, out var shift))
            {
                return false;
            }

            var j = i + 1;
            if (Is(i, "this") && Is(j, "coming"))
            {
                (shift, j) = (1, j + 1);
            }

            if (Is(j, "fiscal"))
            {
                j++;
            }

            var tense = Tense.Unknown;

            // last / next / this + weekday
            if (Lookup(j, WeekdayLookup, out var weekday) && IsCapitalised(j) && this[j].Length > 4)
            {
                if (Is(i, "past") || Is(i, "coming") && shift != 1 || Is(i, "current"))
                {
                    return false;
                }

                f = Make(i, j + 1, TimexType.Date, n.Weekday(weekday, Is(i, "this") && !Is(i + 1, "coming") ? null : shift, TenseAt(i, j + 1)), "shift-weekday");
                if (Is(i, "this") && !Is(i + 1, "coming"))
                {
                    f.Resolved = n.Weekday(weekday, TenseAt(i, j + 1) == Tense.Future ? null : 0, TenseAt(i, j + 1));
                }

                return true;
            }

            // last / next / this + month name
            if (Lookup(j, MonthLookup, out var month) && IsCapitalised(j) && this[j].Length > 3)
            {
                if (Is(i, "past") || Is(i, "current"))
                {
                    return false;
                }

                var year = n.ShiftYear(shift);
                if (n.Anchor is { } ma && shift != 0)
                {
                    year = shift < 0 ? (month < ma.Month ? ma.Year : ma.Year - 1) : (month > ma.Month ? ma.Year : ma.Year + 1);
                }

                f = Make(i, j + 1, TimexType.Date,
                    year is { } y ? TemporalNormalizer.ExplicitMonth(y, month) with { Policy = shift < 0 ? "last" : shift > 0 ? "next" : "anchor" } : new Resolved($"XXXX-{month:00}", DatePrecision.Month, null, TemporalNormalizer.Unanchored),
                    "shift-month");
                return true;
            }

            // last / next / this + season
            if (Lookup(j, SeasonLookup, out var season))
            {
                f = Make(i, j + 1, TimexType.Date, n.SeasonOf(season, Is(i, "past") ? -1 : shift, tense), "shift-season");
                return true;
            }

            // last night, this morning
            if (Lookup(j, PartOfDayLookup, out var part) && !char.IsDigit(part[0]) && (Is(i, "this") || Is(i, "last")))
            {
                var day = n.DayOffset(Is(i, "last") && Is(j, "night") ? -1 : 0);
                f = Make(i, j + 1, TimexType.Time, day with { Value = day.Value + "T" + part, Precision = DatePrecision.Time }, "shift-part-of-day");
                return true;
            }

            // the past / next N units: a duration with its stretch
            if (Count(j, out var amount, out var countEnd, out _) && Lookup(countEnd, UnitLookup, out var countUnit) && !Is(i, "this") && !Is(i, "current"))
            {
                var direction = shift < 0 ? -1 : 1;
                var end = countEnd + 1;
                if (Is(end, "or") && Is(end + 1, "so"))
                {
                    end += 2;
                }

                f = Make(i, end, TimexType.Duration,
                    new Resolved(DurationValue(countUnit, amount), DatePrecision.Unknown, amount is { } am ? n.Stretch(countUnit, am, direction) : null, amount is null ? "vague" : "anchor"),
                    "shift-amount");
                return true;
            }

            if (!Lookup(j, UnitLookup, out var unit))
            {
                return false;
            }

            var plural = this[j].EndsWith("s", StringComparison.OrdinalIgnoreCase);
            if (plural)
            {
                // "the coming weeks" (ahead), "past years" (behind)
                if (shift == 0)
                {
                    return false;
                }

                f = Make(i, j + 1, TimexType.Date, new Resolved(shift > 0 ? "FUTURE_REF" : "PAST_REF", DatePrecision.Unknown, null, "reference"), "shift-plural");
                return true;
            }

            if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second or TimeUnit.Millennium)
            {
                return false;
            }

            if (unit == TimeUnit.Weekend && shift == 0 && TenseAt(i, j + 1) == Tense.Past && n.Anchor is { } a && TemporalNormalizer.IsoWeekday(a) < 6)
            {
                shift = -1;
            }

            var resolved = n.ShiftUnit(unit, shift);
            if (unit == TimeUnit.Day && Is(i, "this"))
            {
                return false;
            }

            if (unit == TimeUnit.Quarter && shift == -1 && Is(i, "latest"))
            {
                resolved = n.LastCompletedQuarter();
            }

            f = Make(i, j + 1, TimexType.Date, resolved, "shift-unit");
            return true;
        }

        /// <summary>"three years ago", "a year earlier", "two days later", "three years", "a two-month battle", "for years", "24-hour", "decades-long", "the nine months".</summary>
        private bool Amount(int i, out Found f)
        {
            f = default;

            // The latest quarter, the year-earlier quarter
            if (Is(i, "latest") && Is(i + 1, "quarter"))
            {
                f = Make(i, i + 2, TimexType.Date, n.LastCompletedQuarter(), "latest-quarter");
                return true;
            }

            // "half an hour", "half a century"
            if (Is(i, "half") && IsAny(i + 1, "a", "an") && Lookup(i + 2, UnitLookup, out var halfUnit) && halfUnit != TimeUnit.Weekend && !this[i + 2].EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                f = Make(i, i + 3, TimexType.Duration, new Resolved(HalfDurationValue(halfUnit, 0), DatePrecision.Unknown, null, "explicit"), "duration-half", counted: true);
                return true;
            }

            if (Count(i, out var amount, out var unitAt, out var vague))
            {
                var u = unitAt;

                // "5 1/2 hours", "two and a half years": a half before the unit.
                var half = false;
                if (amount is not null && Half(u, out var afterHalf))
                {
                    (half, u) = (true, afterHalf);
                }

                // "20 more years", "an additional year", "three straight days": a word between the count and its unit.
                if (!Lookup(u, UnitLookup, out _) && InSet(u, ExtraCountWordLookup) && Lookup(u + 1, UnitLookup, out _))
                {
                    u++;
                }

                var adjectival = JoiningHyphen(u);
                if (adjectival)
                {
                    u++;
                }

                if (!Lookup(u, UnitLookup, out var unit) || unit == TimeUnit.Weekend)
                {
                    return false;
                }

                // "a quarter of the country", "three-quarters", "the 1988 second quarter"
                if ((unit == TimeUnit.Quarter && (Is(u + 1, "of") || adjectival || this[u].EndsWith("s", StringComparison.OrdinalIgnoreCase) && Is(i, "three")))
                    || (amount >= 1000 && !this[u].EndsWith("s", StringComparison.OrdinalIgnoreCase))
                    || (unit == TimeUnit.Second && IsAny(u + 1, "quarter", "half")))
                {
                    return false;
                }

                if (IsAny(i, "a", "an") && (IsAny(i - 1, "once", "twice", "times", "per") || IsKind(i - 1, PieceKind.Number)))
                {
                    // TimeML takes the frequency into the extent: "twice a week", "three times a year".
                    var from = IsAny(i - 1, "once", "twice") ? i - 1 : Is(i - 1, "times") && (IsKind(i - 2, PieceKind.Number) || Lookup(i - 2, NumberLookup, out _)) ? i - 2 : i;
                    f = Make(from, u + 1, TimexType.Set, new Resolved(DurationValue(unit, 1), DatePrecision.Unknown, null, "recurrence"), "per-unit");
                    return true;
                }

                // A rate, not a period: "$500 million a year", "700 seats a week", "358,000 a month".
                if (IsAny(i, "a", "an") && !Is(u + 1, "ago") && !Is(u + 1, "earlier") && !Is(u + 1, "later")
                    && (IsAny(i - 1, "million", "billion", "thousand", "hundred", "percent", "%", "dollars", "cents") || IsCountedNoun(i - 1)))
                {
                    return false;
                }

                // An age: "52 years old", "Howes, 37 years old when he was kidnapped".
                if (!IsAny(i, "a", "an") && unit == TimeUnit.Year && Is(u + 1, "old"))
                {
                    return false;
                }

                // "two years ago", "a year earlier", "three days later"
                var end = u + 1;

                // "a minute and a half", "an hour and a half": the half after the unit.
                if (!half && amount is not null && !adjectival && Is(end, "and") && IsAny(end + 1, "a", "an") && Is(end + 2, "half"))
                {
                    half = true;
                    end += 3;
                }
                if (!adjectival && JoiningHyphen(end) && IsAny(end + 1, "ago", "earlier", "old", "end", "long") && IsAny(i, "a", "an", "the"))
                {
                    return false;
                }

                if (!adjectival && IsAny(end, "ago", "earlier", "later", "before", "after", "hence") && !(IsAny(end, "before", "after") && !IsKind(end + 1, PieceKind.Punctuation) && end + 1 < Length))
                {
                    var direction = IsAny(end, "ago", "earlier", "before") ? -1 : 1;
                    var r = amount is { } am ? n.Offset(unit, am, direction) : new Resolved(direction < 0 ? "PAST_REF" : "FUTURE_REF", DatePrecision.Unknown, null, "vague");
                    if (unit == TimeUnit.Year && amount == 1 && direction < 0 && QuarterYearAgo() is { } quarterAgo)
                    {
                        r = quarterAgo;
                    }
                    f = Make(i, end + 1, TimexType.Date, r, "offset", counted: true);
                    return true;
                }

                // "a two-month battle", "24-hour", "two-year-old"
                if (adjectival && JoiningHyphen(end) && Is(end + 1, "old"))
                {
                    // An age ("a 6-year-old boy") is not a period of the story.
                    return false;
                }

                if (adjectival && JoiningHyphen(end) && Is(end + 1, "long"))
                {
                    end += 2;
                }
                else if (!adjectival && IsAny(i, "a", "an") && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day
                         && (IsAny(end, "ago") || Is(i - 1, "once")))
                {
                    return false;
                }

                if (!adjectival && IsAny(i, "a", "an") && Is(end, "or") && Is(end + 1, "two"))
                {
                    end += 2;
                }

                var durationValue = half ? HalfDurationValue(unit, amount!.Value) : DurationValue(unit, amount);
                f = Make(i, end, TimexType.Duration, new Resolved(durationValue, DatePrecision.Unknown, null, vague ? "vague" : "explicit"), adjectival ? "duration-adjective" : "duration", counted: true);
                return true;
            }

            // "decades-long", "years-long", "day-long", "year-long"
            if (Lookup(i, UnitLookup, out var longUnit) && JoiningHyphen(i + 1) && Is(i + 2, "long"))
            {
                var isPlural = this[i].EndsWith("s", StringComparison.OrdinalIgnoreCase);
                f = Make(i, i + 3, TimexType.Duration, new Resolved(DurationValue(longUnit, isPlural ? null : 1), DatePrecision.Unknown, null, "explicit"), "duration-long");
                return true;
            }

            // "for years", "over decades", "within hours", "weeks of fighting"
            if (Lookup(i, UnitLookup, out var bare) && this[i].EndsWith("s", StringComparison.OrdinalIgnoreCase) && bare is not TimeUnit.Weekend and not TimeUnit.Second
                && (IsAny(i - 1, "for", "over", "within", "after", "in", "took", "takes", "lasted", "last", "spent") || (Is(i + 1, "of") && Is(i - 1, "after")))
                && !IsAny(i + 1, "old", "ago"))
            {
                f = Make(i, i + 1, TimexType.Duration, new Resolved(DurationValue(bare, null), DatePrecision.Unknown, null, "vague"), "duration-bare");
                return true;
            }

            // "the first nine months", "the four days": a counted stretch with "the" before it
            if (Is(i - 1, "the") && Lookup(i, OrdinalLookup, out var ord) && ord == 1 && Count(i + 1, out var firstAmount, out var firstUnitAt, out _) && firstAmount is > 1
                && Lookup(firstUnitAt, UnitLookup, out var firstUnit))
            {
                f = Make(i, firstUnitAt + 1, TimexType.Duration, new Resolved(DurationValue(firstUnit, firstAmount), DatePrecision.Unknown, null, "explicit"), "duration-first");
                return true;
            }

            return false;
        }

        /// <summary>An amount of units: digits, number words ("twenty-four", "a", "a couple of"), or a vague count ("several", "a few").</summary>
        private bool Count(int i, out int? amount, out int end, out bool vague)
        {
            amount = null;
            end = i;
            vague = false;
            if (IsKind(i, PieceKind.Number))
            {
                var s = this[i];
                if (s.Length > 4 || s.Contains('.'))
                {
                    return false;
                }

                var v = Number(i);
                if (v <= 0 || IsKind(i - 1, PieceKind.Symbol) || (Is(i - 1, ",") && IsKind(i - 2, PieceKind.Number)))
                {
                    return false;
                }

                (amount, end) = (v, i + 1);
                if (Is(end, "or") && IsKind(end + 1, PieceKind.Number))
                {
                    end += 2;
                }

                return true;
            }

            if (Is(i, "a") || Is(i, "an"))
            {
                if (Is(i + 1, "few") || Is(i + 1, "couple"))
                {
                    (amount, end, vague) = (Is(i + 1, "couple") ? 2 : null, Is(i + 2, "of") ? i + 3 : i + 2, !Is(i + 1, "couple"));
                    return true;
                }

                if (Is(i + 1, "half") || Is(i + 1, "dozen") || Is(i + 1, "hundred"))
                {
                    (amount, end) = (Is(i + 1, "half") ? null : Is(i + 1, "dozen") ? 12 : 100, i + 2);
                    return !Is(i + 1, "half");
                }

                (amount, end) = (1, i + 1);
                return true;
            }

            if (InSet(i, VagueCountLookup))
            {
                (end, vague) = (Is(i, "couple") && Is(i + 1, "of") ? i + 2 : i + 1, true);
                return true;
            }

            if (!Lookup(i, NumberLookup, out var first))
            {
                return false;
            }

            var total = first;
            end = i + 1;
            if (first >= 20 && first < 100 && (JoiningHyphen(end) || IsWord(end)) && Lookup(JoiningHyphen(end) ? end + 1 : end, NumberLookup, out var unitWord) && unitWord < 10 && !Is(JoiningHyphen(end) ? end + 1 : end, "a") && !Is(JoiningHyphen(end) ? end + 1 : end, "an"))
            {
                total += unitWord;
                end = JoiningHyphen(end) ? end + 2 : end + 1;
            }

            if (Is(end, "hundred") || Is(end, "thousand"))
            {
                total *= Is(end, "hundred") ? 100 : 1000;
                end++;
            }

            amount = total;
            return true;
        }

        /// <summary>"1/2", "½" or "and a half" at <paramref name="i"/>.</summary>
        private bool Half(int i, out int end)
        {
            end = i;
            if (Is(i, "1") && Is(i + 1, "/") && Is(i + 2, "2") && Glued(i + 1) && Glued(i + 2))
            {
                end = i + 3;
                return true;
            }

            if (Is(i, "½"))
            {
                end = i + 1;
                return true;
            }

            if (Is(i, "and") && IsAny(i + 1, "a", "one") && Is(i + 2, "half") && Lookup(i + 3, UnitLookup, out _))
            {
                end = i + 3;
                return true;
            }

            return false;
        }

        /// <summary>An amount and a half of a unit, in the next smaller unit where one divides it evenly ("P2Y6M", "PT5H30M").</summary>
        private static string HalfDurationValue(TimeUnit unit, int amount)
        {
            var a = amount.ToString(CultureInfo.InvariantCulture);
            return unit switch
            {
                TimeUnit.Year => amount == 0 ? "P6M" : $"P{a}Y6M",
                TimeUnit.Day => amount == 0 ? "PT12H" : $"P{a}DT12H",
                TimeUnit.Hour => amount == 0 ? "PT30M" : $"PT{a}H30M",
                TimeUnit.Minute => amount == 0 ? "PT30S" : $"PT{a}M30S",
                TimeUnit.Decade => $"P{amount * 10 + 5}Y",
                TimeUnit.Century => $"P{amount * 100 + 50}Y",
                _ => DurationValue(unit, amount).Replace(a, a + ".5", StringComparison.Ordinal),
            };
        }

        private static string DurationValue(TimeUnit unit, int? amount)
        {
            var a = amount is { } v ? v.ToString(CultureInfo.InvariantCulture) : "X";
            return unit switch
            {
                TimeUnit.Second => $"PT{a}S",
                TimeUnit.Minute => $"PT{a}M",
                TimeUnit.Hour => $"PT{a}H",
                TimeUnit.Day => $"P{a}D",
                TimeUnit.Week => $"P{a}W",
                TimeUnit.Fortnight => amount is { } f ? $"P{f * 2}W" : "PXW",
                TimeUnit.Month => $"P{a}M",
                TimeUnit.Quarter => $"P{a}Q",
                TimeUnit.Season => $"P{a}SE",
                // ISO 8601 has no decade or century: a counted one is in years ("P20Y", as TimeBank writes it); a vague one keeps its unit.
                TimeUnit.Decade => amount is { } de ? $"P{de * 10}Y" : "PXDE",
                TimeUnit.Century => amount is { } ce ? $"P{ce * 100}Y" : "PXCE",
                TimeUnit.Millennium => $"P{a}L",
                _ => $"P{a}Y",
            };
        }

        /// <summary>"now", "recently", "soon", "the future", "the near term", "the past", "these days", "recent years", "at the moment".</summary>
        private bool Reference(int i, out Found f)
        {
            f = default;
            if (Lookup(i, ReferenceLookup, out var value) && !JoiningHyphen(i + 1) && !(Is(i, "now") && Is(i - 1, "-")))
            {
                f = Make(i, i + 1, TimexType.Date, new Resolved(value, DatePrecision.Unknown, null, "reference"), "reference");
                return true;
            }

            string? phrase = null;
            var end = i + 1;
            if (Is(i, "future") && (Is(i - 1, "the") || Is(i - 1, "in")))
            {
                phrase = "FUTURE_REF";
            }
            else if (IsAny(i, "near", "short", "medium", "long") && IsAny(i + 1, "term", "future") && (Is(i - 1, "the") || Is(i - 1, "in")))
            {
                (phrase, end) = ("FUTURE_REF", i + 2);
            }
            else if (Is(i, "past") && Is(i - 1, "the") && !Lookup(i + 1, UnitLookup, out _) && !Count(i + 1, out _, out _, out _) && IsAny(i - 2, "in", "than", "of", "from"))
            {
                phrase = "PAST_REF";
            }
            else if (Is(i, "present") && Is(i - 1, "the") && IsAny(i - 2, "at", "until", "to"))
            {
                phrase = "PRESENT_REF";
            }
            else if (Is(i, "moment") && Is(i - 1, "the") && Is(i - 2, "at"))
            {
                phrase = "PRESENT_REF";
            }
            else if (Is(i, "these") && Is(i + 1, "days"))
            {
                (phrase, end) = ("PRESENT_REF", i + 2);
            }
            else if (Is(i, "recent") && Lookup(i + 1, UnitLookup, out var recentUnit) && this[i + 1].EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                (phrase, end) = (recentUnit is TimeUnit.Year or TimeUnit.Decade ? "PAST_REF" : DurationValue(recentUnit, null), i + 2);
            }
            else if (Is(i, "recent") && Is(i + 1, "times"))
            {
                (phrase, end) = ("PAST_REF", i + 2);
            }
            else if (Is(i, "time") && Is(i - 1, "the") && Is(i + 1, "being") && Is(i - 2, "for"))
            {
                (phrase, end) = ("PRESENT_REF", i + 2);
            }

            if (phrase is null)
            {
                return false;
            }

            f = Make(i, end, TimexType.Date, new Resolved(phrase, DatePrecision.Unknown, null, "reference"), "reference-phrase");
            return true;
        }

        /// <summary>"daily", "weekly", "every day", "each year", "every Monday", "each July".</summary>
        private bool Recurrence(int i, out Found f)
        {
            f = default;
            if (Lookup(i, SetAdverbLookup, out var set) && !JoiningHyphen(i + 1))
            {
                f = Make(i, i + 1, TimexType.Set, new Resolved(set, DatePrecision.Unknown, null, "recurrence"), "recurrence-adverb");
                return true;
            }

            if (!IsAny(i, "every", "each"))
            {
                return false;
            }

            var j = Is(i + 1, "other") ? i + 2 : i + 1;
            var step = j == i + 2 ? 2 : 1;
            if (Lookup(j, UnitLookup, out var unit) && !this[j].EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                f = Make(i, j + 1, TimexType.Set, new Resolved(DurationValue(unit, step), DatePrecision.Unknown, null, "recurrence"), "recurrence-every");
                return true;
            }

            if (Lookup(j, WeekdayLookup, out var weekday) && IsCapitalised(j))
            {
                f = Make(i, j + 1, TimexType.Set, new Resolved($"XXXX-WXX-{weekday}", DatePrecision.Unknown, null, "recurrence"), "recurrence-weekday");
                return true;
            }

            if (Lookup(j, MonthLookup, out var month) && IsCapitalised(j) && this[j].Length > 3)
            {
                f = Make(i, j + 1, TimexType.Set, new Resolved($"XXXX-{month:00}", DatePrecision.Unknown, null, "recurrence"), "recurrence-month");
                return true;
            }

            // "every summer", "each winter"
            if (step == 1 && Lookup(j, SeasonLookup, out var season))
            {
                f = Make(i, j + 1, TimexType.Set, new Resolved($"XXXX-{season}", DatePrecision.Unknown, null, "recurrence"), "recurrence-season");
                return true;
            }

            // "every morning", "each night"
            if (step == 1 && Lookup(j, PartOfDayLookup, out var part) && !char.IsDigit(part[0]))
            {
                f = Make(i, j + 1, TimexType.Set, new Resolved($"XXXX-XX-XXT{part}", DatePrecision.Unknown, null, "recurrence"), "recurrence-part-of-day");
                return true;
            }

            return false;
        }

        /// <summary>"Christmas", "Christmas Day", "New Year's Day", "May Day", "Thanksgiving", "Easter".</summary>
        private bool Holiday(int i, out Found f)
        {
            f = default;
            if (!IsCapitalised(i))
            {
                return false;
            }

            int month, day, end;
            if (Is(i, "Christmas"))
            {
                (month, day, end) = Is(i + 1, "Eve") ? (12, 24, i + 2) : (12, 25, Is(i + 1, "Day") ? i + 2 : i + 1);
            }
            else if (Is(i, "New") && (Is(i + 1, "Year's") || Is(i + 1, "Year’s")) && IsAny(i + 2, "Day", "Eve"))
            {
                (month, day, end) = Is(i + 2, "Eve") ? (12, 31, i + 3) : (1, 1, i + 3);
            }
            else if (Is(i, "May") && Is(i + 1, "Day"))
            {
                (month, day, end) = (5, 1, i + 2);
            }
            else if (Is(i, "Valentine's") && Is(i + 1, "Day"))
            {
                (month, day, end) = (2, 14, i + 2);
            }
            else if (Is(i, "Halloween"))
            {
                (month, day, end) = (10, 31, i + 1);
            }
            else if (Is(i, "Thanksgiving") || Is(i, "Easter"))
            {
                end = IsAny(i + 1, "Day", "Sunday") ? i + 2 : i + 1;
                var (y, policy) = n.YearOf(Is(i, "Easter") ? 4 : 11, 20, TenseAt(i, end));
                if (y is not { } year)
                {
                    f = Make(i, end, TimexType.Date, new Resolved(Is(i, "Easter") ? "XXXX-XX-XX" : "XXXX-11-XX", DatePrecision.Day, null, policy), "holiday");
                    return true;
                }

                var date = Is(i, "Easter") ? Easter(year) : ThanksgivingOf(year);
                f = Make(i, end, TimexType.Date, new Resolved(TemporalNormalizer.Day(date), DatePrecision.Day, DateInterval.Day(date), policy), "holiday");
                return true;
            }
            else
            {
                return false;
            }

            var yearStart = end;
            if (Year(yearStart, out var statedYear, out var yearEnd))
            {
                f = Make(i, yearEnd, TimexType.Date, TemporalNormalizer.ExplicitDay(new DateOnly(statedYear, month, day)), "holiday-year");
                return true;
            }

            var resolved = n.DayOfYear(month, day, TenseAt(i, end));
            f = Make(i, end, TimexType.Date, resolved.Interval is null ? resolved with { Value = $"XXXX-{month:00}-{day:00}" } : resolved, "holiday");
            return true;

            static DateOnly ThanksgivingOf(int year)
            {
                var first = new DateOnly(year, 11, 1);
                var toThursday = (4 - TemporalNormalizer.IsoWeekday(first) + 7) % 7;
                return first.AddDays(toThursday + 21);
            }

            static DateOnly Easter(int year)
            {
                // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
                int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, g = (8 * b + 13) / 25;
                int h = (19 * a + b - d - g + 15) % 30, j = c / 4, k = c % 4, l = (32 + 2 * e + 2 * j - h - k) % 7;
                int m = (a + 11 * h + 19 * l) / 433;
                var month = (h + l - 7 * m + 90) / 25;
                var day = (h + l - 7 * m + 33 * month + 19) % 32;
                return new DateOnly(year, month, day);
            }
        }

        /// <summary>"10:35 a.m.", "9 a.m. EST", "noon", "midnight", each optionally before a day ("9 a.m. Tuesday", "noon Thursday").</summary>
        private bool Clock(int i, out Found f)
        {
            f = default;
            int hour, minute = 0, end;
            var explicitMinutes = false;
            if (IsKind(i, PieceKind.Number) && this[i].Length <= 2 && Is(i + 1, ":") && Glued(i + 1) && Glued(i + 2) && this[i + 2].Length >= 2
                && char.IsAsciiDigit(this[i + 2][0]) && char.IsAsciiDigit(this[i + 2][1]))
            {
                hour = Number(i);
                minute = int.Parse(this[i + 2][..2], CultureInfo.InvariantCulture);
                explicitMinutes = true;
                end = i + 3;
                if (this[i + 2].Length > 2)
                {
                    var rest = this[i + 2][2..];
                    if (!Meridiem(rest, out var pmGlued))
                    {
                        return false;
                    }

                    hour = Adjust(hour, pmGlued);
                }
                else if (MeridiemAt(end, out var pm, out var mEnd))
                {
                    (hour, end) = (Adjust(hour, pm), mEnd);
                }
                else if (hour > 24 || minute > 59 || IsKind(end, PieceKind.Number))
                {
                    return false;
                }
            }
            else if (IsKind(i, PieceKind.Number) && this[i].Length <= 2 && MeridiemAt(i + 1, out var pm2, out var end2))
            {
                hour = Adjust(Number(i), pm2);
                end = end2;
            }
            else if (IsWord(i) && this[i].Length is >= 3 and <= 4 && char.IsAsciiDigit(this[i][0]) && Meridiem(this[i][(char.IsAsciiDigit(this[i][1]) ? 2 : 1)..], out var pm3))
            {
                hour = Adjust(int.Parse(this[i][..(char.IsAsciiDigit(this[i][1]) ? 2 : 1)], CultureInfo.InvariantCulture), pm3);
                end = i + 1;
            }
            else if (IsKind(i, PieceKind.Number) && this[i].Length <= 2 && Is(i + 1, "o'clock"))
            {
                hour = Number(i);
                end = i + 2;
            }
            else if (IsAny(i, "noon", "midnight", "midday"))
            {
                hour = Is(i, "midnight") ? 24 : 12;
                end = i + 1;
            }
            else
            {
                return false;
            }

            if (hour is < 0 or > 24 || minute is < 0 or > 59)
            {
                return false;
            }

            if (InSet(end, TimeZoneLookup) && IsCapitalised(end))
            {
                end++;
            }

            var time = explicitMinutes || hour is not (12 or 24) || !IsAny(i, "noon", "midnight", "midday") ? $"{hour:00}:{minute:00}" : $"{hour:00}:00";
            if (Is(i, "midnight"))
            {
                time = "24:00";
            }

            // A day after the time: "9 a.m. Tuesday", "5 p.m. EST Nov. 9", "noon Thursday"
            var after = Is(end, ",") ? end + 1 : end;
            Found day = default;
            var hasDay = (WeekdayDate(after, out day) || MonthDate(after, out day) || Deictic(after, out day)) && day.IsDay && day.Type == TimexType.Date;
            if (hasDay)
            {
                end = day.End;
            }

            // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis dates the time but is its own expression.
            var dayOutside = false;
            if (!hasDay && Is(end, "("))
            {
                var close = end + 1;
                while (close < Length && close < end + 8 && !Is(close, ")"))
                {
                    close++;
                }

                var next = Is(close + 1, ",") ? close + 2 : close + 1;
                dayOutside = Is(close, ")") && (WeekdayDate(next, out day) || Deictic(next, out day)) && day.IsDay && day.Type == TimexType.Date;
            }

            // "Friday at 10 p.m.", "yesterday around noon": the day just before dates the time.
            if (!hasDay && !dayOutside && IsAny(i - 1, "at", "around", "about", "by"))
            {
                dayOutside = (WeekdayDate(i - 2, out day) || Deictic(i - 2, out day)) && day.End == i - 1 && day.IsDay && day.Type == TimexType.Date;
            }

            if (dayOutside && !day.Resolved.Value.StartsWith("XXXX", StringComparison.Ordinal))
            {
                var dated = day.Resolved with { Value = day.Resolved.Value + "T" + time, Precision = DatePrecision.Time };
                f = Make(i, end, TimexType.Time, dated, "clock+day-near");
                return true;
            }
            else if (IsAny(i, "noon", "midnight", "midday") && !IsAny(i - 1, "at", "by", "until", "after", "before", "from", "till", "around"))
            {
                return false;
            }

            var dayValue = hasDay ? day.Resolved : n.DayOffset(0);
            f = Make(i, end, TimexType.Time,
                dayValue with { Value = dayValue.Value + "T" + time, Precision = DatePrecision.Time, Policy = hasDay ? dayValue.Policy : "anchor" },
                hasDay ? "clock+" + day.Rule : "clock");
            return true;

            static int Adjust(int hour, bool pm) => pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        }

        /// <summary>"a.m.", "p.m.", "am", "PM", "a.m" (as one piece or as "p", ".", "m").</summary>
        private bool MeridiemAt(int i, out bool pm, out int end)
        {
            end = i + 1;
            pm = false;
            if (IsWord(i) && Meridiem(this[i], out pm))
            {
                if (Is(end, ".") && (this[i].Length == 3 || this[i].Length == 2) && this[i][^1] != '.' && Glued(end) && !IsWord(end + 1))
                {
                    end++;
                }

                return true;
            }

            if (IsAny(i, "a", "p") && Is(i + 1, ".") && Glued(i + 1) && Is(i + 2, "m") && Glued(i + 2))
            {
                pm = Is(i, "p");
                end = Is(i + 3, ".") && Glued(i + 3) ? i + 4 : i + 3;
                return true;
            }

            return false;
        }

        private static bool Meridiem(ReadOnlySpan<char> s, out bool pm)
        {
            pm = s.Length > 0 && (s[0] is 'p' or 'P');
            return s.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || s.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
                   || s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("pm", StringComparison.OrdinalIgnoreCase)
                   || s.Equals("a.m", StringComparison.OrdinalIgnoreCase) || s.Equals("p.m", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>In a sentence about a quarter or a period, "a year ago" is that quarter a year before ("reference-quarter").</summary>
        private Resolved? QuarterYearAgo()
        {
            var about = false;
            for (var k = 0; k < Length && !about; k++)
            {
                about = IsAny(k, "quarter", "period");
            }

            if (!about && state.LastQuarter is null)
            {
                return null;
            }

            var index = state.LastQuarter ?? (n.Anchor is { } a ? a.Year * 4 + (a.Month - 1) / 3 - 1 : null);
            return index is { } q ? TemporalNormalizer.Quarter(q / 4 - 1, q % 4 + 1, "reference-quarter") : null;
        }

        // ---------------------------------------------------------------- tense

        /// <summary>The tense of the clause around pieces [start, end): the nearest cue within <see cref="TenseWindow"/> pieces, stopping at clause breaks.</summary>
        private Tense TenseAt(int start, int end)
        {
            // The governing verb usually comes first: the left side is searched before the right.
            for (var left = start - 1; left >= 0 && left >= start - TenseWindow - 2; left--)
            {
                if (Is(left, ";") || Is(left, "."))
                {
                    break;
                }

                var t = CueAt(left, start, end);
                if (t == Tense.Future && Is(left, "to"))
                {
                    // An infinitive takes the tense of the verb that governs it: "extended their offers to acquire … Friday",
                    // "had been scheduled to expire Friday" are past; "is expected to arrive Friday" stays ahead.
                    return GoverningVerbIsPast(left, start - TenseWindow - 2) ? Tense.Past : Tense.Future;
                }

                if (t != Tense.Unknown)
                {
                    return t;
                }
            }

            for (var right = end; right < Length && right < end + TenseWindow; right++)
            {
                if (Is(right, ";"))
                {
                    break;
                }

                var t = CueAt(right, start, end);
                if (t != Tense.Unknown)
                {
                    return t;
                }
            }

            return Tense.Unknown;
        }

        /// <summary>The finite verb left of the infinitive marker at <paramref name="to"/>, within the clause, is in the past.</summary>
        private bool GoverningVerbIsPast(int to, int limit)
        {
            for (var k = to - 1; k >= 0 && k >= limit; k--)
            {
                if (Is(k, ";") || Is(k, ".") || Is(k, ","))
                {
                    return false;
                }

                // A modal decides; "scheduled", "due", "expected" take the tense of their auxiliary further left.
                if (IsAny(k, "will", "shall", "'ll", "won't", "would", "could", "might", "is", "are", "am", "says", "say"))
                {
                    return false;
                }

                if (InSet(k, FutureLookup))
                {
                    continue;
                }

                if (InSet(k, PastLookup))
                {
                    return true;
                }

                var w = this[k];
                if (IsWord(k) && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !InSet(k, NotPastEdLookup) && !Is(k - 1, "be"))
                {
                    return true;
                }
            }

            return false;
        }

        private Tense CueAt(int i, int start, int end)
        {
            if (i < 0 || i >= Length || (i >= start && i < end) || !IsWord(i))
            {
                return Tense.Unknown;
            }

            if (InSet(i, FutureLookup))
            {
                return Tense.Future;
            }

            // "as soon as Tuesday", "as early as Monday"; "set to resume Monday": an infinitive looks ahead.
            if (IsAny(i, "soon", "early") && Is(i - 1, "as") && Is(i + 1, "as"))
            {
                return Tense.Future;
            }

            if (Is(i, "to") && IsWord(i + 1) && char.IsLower(this[i + 1][0]) && !IsAny(i + 1, "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "be", "have")
                && !this[i + 1].EndsWith("ing", StringComparison.Ordinal) && !this[i + 1].EndsWith("ed", StringComparison.Ordinal) && !Is(i - 1, "according") && !Is(i - 1, "due"))
            {
                return Tense.Future;
            }

            if (InSet(i, PastLookup))
            {
                return Tense.Past;
            }

            var s = this[i];
            if (s.Length > 4 && s.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(s[0]) && !InSet(i, NotPastEdLookup) && !Is(i - 1, "be") && !Is(i - 1, "been"))
            {
                return Tense.Past;
            }

            if (IsAny(i, "is", "are", "says", "say", "am"))
            {
                return Tense.Present;
            }

            return Tense.Unknown;
        }
    }
}
