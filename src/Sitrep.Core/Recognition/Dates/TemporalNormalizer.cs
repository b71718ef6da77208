using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>The tense of the clause around an expression, as far as its words show it.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>A resolved value: the TIMEX3 value, its precision, the days it covers and the policy that chose it.</summary>
internal readonly record struct Resolved(string Value, DatePrecision Precision, DateInterval? Interval, string Policy);

/// <summary>
/// Resolves calendar components against an anchor (the publication date; never the clock) with an
/// explicit policy for each ambiguity: which week a bare weekday is in, which year a bare month or
/// season is in, which quarter "the quarter" is. Without an anchor the unknown parts stay X.
/// </summary>
/// <remarks>
/// Policies: a bare weekday, month, day or season takes the latest one on or before the anchor when
/// the clause is in the past ("tense-past") and the next one on or after it when it is in the
/// future ("tense-future"); with no tense, weekdays look back ("default-past": news reports what
/// happened) and months take the nearest ("nearest"). "last"/"next" before a weekday step strictly
/// before or after the anchor; before a month or season they name last or next year's.
/// </remarks>
public sealed class TemporalNormalizer
{
    /// <summary>Creates a normaliser; an anchor at the very edge of the calendar (years 1 and 9999) is treated as unknown.</summary>
    public TemporalNormalizer(DateOnly? anchor)
    {
        Anchor = anchor is { Year: > 1 and < 9999 } ? anchor : null;
    }

    /// <summary>The publication date expressions resolve against; null when unknown.</summary>
    public DateOnly? Anchor { get; }

    internal const string Unanchored = "unanchored";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The ISO week of a day, as TIMEX3 writes it ("2017-W49").</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    /// <summary>The Monday–Sunday week holding <paramref name="d"/>.</summary>
    public static DateInterval WeekOf(DateOnly d)
    {
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return new DateInterval(monday, monday.AddDays(6));
    }

    internal static int IsoWeekday(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    internal static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>A fully stated day.</summary>
    internal static Resolved ExplicitDay(DateOnly d) => new(Day(d), DatePrecision.Day, DateInterval.Day(d), "explicit");

    internal static Resolved ExplicitMonth(int year, int month) =>
        new(Month(year, month), DatePrecision.Month, DateInterval.Month(year, month), "explicit");

    internal static Resolved ExplicitYear(int year) => new(Year(year), DatePrecision.Year, DateInterval.Year(year), "explicit");

    internal static Resolved Quarter(int year, int quarter, string policy) =>
        new($"{Year(year)}-Q{quarter}", DatePrecision.Quarter,
            new DateInterval(new DateOnly(year, quarter * 3 - 2, 1), DateInterval.Month(year, quarter * 3).Last), policy);

    internal static Resolved Half(int year, int half, string policy) =>
        new($"{Year(year)}-H{half}", DatePrecision.Quarter,
            new DateInterval(new DateOnly(year, half * 6 - 5, 1), DateInterval.Month(year, half * 6).Last), policy);

    internal static Resolved Season(int year, string code, string policy)
    {
        var (first, last) = code switch
        {
            "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
            "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
            "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
            _ => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.DaysInMonth(year + 1, 2))),
        };
        return new Resolved($"{Year(year)}-{code}", DatePrecision.Season, new DateInterval(first, last), policy);
    }

    /// <summary>
    /// <paramref name="a"/> moved by <paramref name="n"/> units, or null when that leaves the calendar
    /// (years 1 to 9999): "2017 years ago" is text, and text never throws.
    /// </summary>
    internal static DateOnly? Move(DateOnly a, TimeUnit unit, long n)
    {
        long months = unit switch
        {
            TimeUnit.Month => n,
            TimeUnit.Quarter => 3 * n,
            TimeUnit.Season => 3 * n,
            TimeUnit.Year => 12 * n,
            TimeUnit.Decade => 120 * n,
            TimeUnit.Century => 1200 * n,
            TimeUnit.Millennium => 12000 * n,
            _ => 0,
        };
        if (months != 0)
        {
            var total = a.Year * 12L + a.Month - 1 + months;
            if (total < 12 || total >= 10000 * 12)
            {
                return null;
            }

            var (year, month) = ((int)(total / 12), (int)(total % 12) + 1);
            return new DateOnly(year, month, Math.Min(a.Day, DateTime.DaysInMonth(year, month)));
        }

        long days = unit switch
        {
            TimeUnit.Day => n,
            TimeUnit.Week or TimeUnit.Weekend => 7 * n,
            TimeUnit.Fortnight => 14 * n,
            TimeUnit.Hour => n >= 0 ? (n + 23) / 24 : -((-n + 23) / 24),
            _ => 0,
        };
        var number = a.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)number);
    }

    /// <summary>A day of the anchor's calendar, offset by <paramref name="days"/>: "yesterday", "tomorrow".</summary>
    internal Resolved DayOffset(int days) =>
        Anchor is { } a && Move(a, TimeUnit.Day, days) is { } d
            ? new Resolved(Day(d), DatePrecision.Day, DateInterval.Day(d), "anchor")
            : new Resolved("XXXX-XX-XX", DatePrecision.Unknown, null, Anchor is null ? Unanchored : "out-of-range");

    /// <summary>A weekday: <paramref name="shift"/> -1 "last", +1 "next", 0 "this", null bare (tense decides).</summary>
    internal Resolved Weekday(int weekday, int? shift, Tense tense)
    {
        if (Anchor is not { } a)
        {
            return new Resolved($"XXXX-WXX-{weekday}", DatePrecision.Unknown, null, Unanchored);
        }

        var today = IsoWeekday(a);
        DateOnly day;
        string policy;
        switch (shift)
        {
            case -1:
                day = a.AddDays(-((today - weekday + 7) % 7 is 0 ? 7 : (today - weekday + 7) % 7));
                policy = "last";
                break;
            case 1:
                day = a.AddDays((weekday - today + 7) % 7 is 0 ? 7 : (weekday - today + 7) % 7);
                policy = "next";
                break;
            case 0:
                day = WeekOf(a).First.AddDays(weekday - 1);
                policy = "anchor";
                break;
            default:
                if (tense == Tense.Future)
                {
                    day = a.AddDays((weekday - today + 7) % 7);
                    policy = "tense-future";
                }
                else
                {
                    day = a.AddDays(-((today - weekday + 7) % 7));
                    policy = tense == Tense.Past ? "tense-past" : "default-past";
                }

                break;
        }

        return new Resolved(Day(day), DatePrecision.Day, DateInterval.Day(day), policy);
    }

    /// <summary>The year of a month (and day) stated without one.</summary>
    internal (int? Year, string Policy) YearOf(int month, int day, Tense tense)
    {
        if (Anchor is not { } a)
        {
            return (null, Unanchored);
        }

        var key = month * 100 + day;
        var anchorKey = a.Month * 100 + a.Day;

        // Within two months of the anchor the nearest reading wins whatever the tense: tense cues are noisy, distance is not.
        var nearest = a.Year;
        var best = int.MaxValue;
        for (var y = a.Year - 1; y <= a.Year + 1; y++)
        {
            var distance = Math.Abs(new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber - a.DayNumber);
            if (distance < best)
            {
                (best, nearest) = (distance, y);
            }
        }

        if (best <= 62)
        {
            return (nearest, "nearest");
        }

        switch (tense)
        {
            case Tense.Past:
                return (key <= anchorKey ? a.Year : a.Year - 1, "tense-past");
            case Tense.Future:
                return (key >= anchorKey ? a.Year : a.Year + 1, "tense-future");
            default:
                // News reports what happened: the latest on or before the anchor.
                return (key <= anchorKey ? a.Year : a.Year - 1, "default-past");
        }
    }

    /// <summary>A month stated without a year ("in November").</summary>
    internal Resolved MonthOfYear(int month, Tense tense)
    {
        var (year, policy) = YearOf(month, tense == Tense.Past ? 1 : DateTime.DaysInMonth(2000, month), tense);
        return year is { } y
            ? new Resolved(Month(y, month), DatePrecision.Month, DateInterval.Month(y, month), policy)
            : new Resolved($"XXXX-{month:00}", DatePrecision.Month, null, policy);
    }

    /// <summary>A day and month stated without a year ("Nov. 2").</summary>
    internal Resolved DayOfYear(int month, int day, Tense tense)
    {
        var (year, policy) = YearOf(month, day, tense);
        if (year is { } y)
        {
            if (!IsValid(y, month, day))
            {
                y = month == 2 && day == 29 ? y - (y % 4) : y;
            }

            var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
            return new Resolved(Day(d), DatePrecision.Day, DateInterval.Day(d), policy);
        }

        return new Resolved($"XXXX-{month:00}-{day:00}", DatePrecision.Day, null, policy);
    }

    /// <summary>The year a unit-shift names: "last year" is the anchor's year minus one.</summary>
    internal int? ShiftYear(int shift) => Anchor is { } a ? a.Year + shift : null;

    /// <summary>"last week", "this month", "next year", "last quarter", "this weekend".</summary>
    internal Resolved ShiftUnit(TimeUnit unit, int shift)
    {
        if (Anchor is not { } a)
        {
            var unknown = unit switch
            {
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                TimeUnit.Decade => "XXX",
                TimeUnit.Century => "XX",
                _ => "XXXX",
            };
            return new Resolved(unknown, DatePrecision.Unknown, null, Unanchored);
        }

        switch (unit)
        {
            case TimeUnit.Day:
                return DayOffset(shift);
            case TimeUnit.Week when Move(a, TimeUnit.Day, 7L * shift) is { } d && d.Year is > 1 and < 9999:
                return new Resolved(Week(d), DatePrecision.Week, WeekOf(d), "anchor");

            case TimeUnit.Weekend when Move(a, TimeUnit.Day, 7L * shift) is { } d && d.Year is > 1 and < 9999:
            {
                var week = WeekOf(d);
                return new Resolved(Week(week.First) + "-WE", DatePrecision.Week, new DateInterval(week.First.AddDays(5), week.Last), "anchor");
            }

            case TimeUnit.Month when Move(a, TimeUnit.Month, shift) is { } d:
                return new Resolved(Month(d.Year, d.Month), DatePrecision.Month, DateInterval.Month(d.Year, d.Month), "anchor");

            case TimeUnit.Quarter when Move(a, TimeUnit.Quarter, shift) is { } d:
                return Quarter(d.Year, (d.Month - 1) / 3 + 1, "anchor");

            case TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Quarter:
                return new Resolved("XXXX", DatePrecision.Unknown, null, "out-of-range");

            case TimeUnit.Decade when a.Year / 10 + shift is >= 1 and <= 998:
            {
                var decade = a.Year / 10 + shift;
                return new Resolved($"{decade:000}X", DatePrecision.Decade,
                    new DateInterval(new DateOnly(decade * 10, 1, 1), new DateOnly(decade * 10 + 9, 12, 31)), "anchor");
            }

            case TimeUnit.Century when (a.Year - 1) / 100 + 1 + shift is >= 1 and <= 99:
            {
                var century = (a.Year - 1) / 100 + 1 + shift;
                return new Resolved(((century - 1) % 100).ToString("00", CultureInfo.InvariantCulture), DatePrecision.Century,
                    new DateInterval(new DateOnly((century - 1) * 100 + 1, 1, 1), new DateOnly(Math.Min(9999, century * 100), 12, 31)), "anchor");
            }

            default:
                return a.Year + shift is >= 1 and <= 9999
                    ? new Resolved(Year(a.Year + shift), DatePrecision.Year, DateInterval.Year(a.Year + shift), "anchor")
                    : new Resolved("XXXX", DatePrecision.Unknown, null, "out-of-range");
        }
    }

    /// <summary>"three years ago", "two weeks ago", "five days later": the anchor moved by an amount, at the unit's precision.</summary>
    internal Resolved Offset(TimeUnit unit, int amount, int direction)
    {
        if (Anchor is not { } a)
        {
            return new Resolved(direction < 0 ? "PAST_REF" : "FUTURE_REF", DatePrecision.Unknown, null, Unanchored);
        }

        var n = Math.Clamp(amount, 0, 100_000) * direction;
        switch (unit)
        {
            case TimeUnit.Day:
                return DayOffset(n);
            case TimeUnit.Week or TimeUnit.Fortnight when Move(a, unit, n) is { } d && d.Year is > 1 and < 9999:
                return new Resolved(Week(d), DatePrecision.Week, WeekOf(d), "anchor");
            case TimeUnit.Month when Move(a, unit, n) is { } d:
                return new Resolved(Month(d.Year, d.Month), DatePrecision.Month, DateInterval.Month(d.Year, d.Month), "anchor");
            case TimeUnit.Week or TimeUnit.Fortnight or TimeUnit.Month:
                return new Resolved(direction < 0 ? "PAST_REF" : "FUTURE_REF", DatePrecision.Unknown, null, "out-of-range");

            case TimeUnit.Quarter:
                return Math.Abs(n) < 4000 ? ShiftUnit(TimeUnit.Quarter, n) : new Resolved("PAST_REF", DatePrecision.Unknown, null, "out-of-range");
            case TimeUnit.Decade:
                return Yearly(a.Year + 10L * n);
            case TimeUnit.Year:
                return Yearly(a.Year + (long)n);
            case TimeUnit.Century:
                return Yearly(a.Year + 100L * n);
            default:
                return new Resolved(Day(a), DatePrecision.Day, DateInterval.Day(a), "anchor");
        }

        static Resolved Yearly(long year) =>
            year is >= 1 and <= 9999
                ? new Resolved(Year((int)year), DatePrecision.Year, DateInterval.Year((int)year), "anchor")
                : new Resolved("PAST_REF", DatePrecision.Unknown, null, "anchor");
    }

    /// <summary>The stretch a duration anchored at the publication date covers: "the past three years".</summary>
    internal DateInterval? Stretch(TimeUnit unit, int amount, int direction)
    {
        if (Anchor is not { } a || amount <= 0)
        {
            return null;
        }

        if (Move(a, unit, (long)direction * amount) is not { } other)
        {
            return null;
        }

        return direction < 0 ? new DateInterval(other, a) : new DateInterval(a, other);
    }

    /// <summary>The quarter named by its number with no year: the anchor's year, or last year's when that quarter has not begun and the clause is past.</summary>
    internal Resolved QuarterOfYear(int quarter, Tense tense)
    {
        if (Anchor is not { } a)
        {
            return new Resolved($"XXXX-Q{quarter}", DatePrecision.Quarter, null, Unanchored);
        }

        var current = (a.Month - 1) / 3 + 1;
        return quarter > current && tense == Tense.Past ? Quarter(a.Year - 1, quarter, "tense-past") : Quarter(a.Year, quarter, "anchor");
    }

    /// <summary>"the quarter", "the latest quarter": the last quarter that has ended.</summary>
    internal Resolved LastCompletedQuarter() =>
        Anchor is null ? new Resolved("XXXX-QX", DatePrecision.Unknown, null, Unanchored) : ShiftUnit(TimeUnit.Quarter, -1) with { Policy = "last-completed" };

    /// <summary>A season with no year: by tense, as months are; "last"/"next" name last or next year's.</summary>
    internal Resolved SeasonOf(string code, int? shift, Tense tense)
    {
        if (Anchor is not { } a)
        {
            return new Resolved($"XXXX-{code}", DatePrecision.Season, null, Unanchored);
        }

        if (shift is { } s)
        {
            return Season(a.Year + s, code, s == 0 ? "anchor" : s < 0 ? "last" : "next");
        }

        var here = Season(a.Year, code, "anchor");
        return tense switch
        {
            Tense.Past when here.Interval!.Value.First > a => Season(a.Year - 1, code, "tense-past"),
            Tense.Future when here.Interval!.Value.Last < a => Season(a.Year + 1, code, "tense-future"),
            _ => here,
        };
    }

    /// <summary>A named part ("START", "MID", "END") of an interval: thirds of its days ("early September" is the 1st to the 10th).</summary>
    internal static DateInterval? Part(DateInterval? interval, string? mod)
    {
        if (interval is not { } i || mod is null)
        {
            return interval;
        }

        var days = i.Last.DayNumber - i.First.DayNumber + 1;
        var third = Math.Max(1, days / 3);
        return mod switch
        {
            "START" => new DateInterval(i.First, i.First.AddDays(third - 1)),
            "MID" => new DateInterval(i.First.AddDays(third), i.First.AddDays(Math.Min(days - 1, 2 * third - 1))),
            "END" => new DateInterval(i.First.AddDays(Math.Min(days - 1, 2 * third)), i.Last),
            _ => i,
        };
    }
}
