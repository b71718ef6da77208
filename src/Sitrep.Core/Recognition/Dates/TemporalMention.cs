using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: "Monday", "November 2017", "last year", "now".</summary>
    Date,

    /// <summary>A time of day, or a part of a day: "10:35 a.m.", "Friday morning", "last night".</summary>
    Time,

    /// <summary>A length of time: "three years", "a two-month battle", "for years".</summary>
    Duration,

    /// <summary>A recurrence: "daily", "every Monday", "each year".</summary>
    Set,
}

/// <summary>How finely a value pins down time: the unit of its last stated component.</summary>
public enum DatePrecision
{
    /// <summary>A reference (PRESENT_REF, PAST_REF, FUTURE_REF), a duration or a value with unknown parts.</summary>
    Unknown,
    Time,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>An inclusive span of calendar days a date mention covers ("last week" is Monday to Sunday).</summary>
public readonly record struct DateInterval(DateOnly First, DateOnly Last)
{
    public static DateInterval Day(DateOnly day) => new(day, day);

    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>"2017-12-09", or "2017-12-12/2017-12-31" when the interval spans several days.</summary>
    public override string ToString() =>
        First == Last ? Iso(First) : $"{Iso(First)}/{Iso(Last)}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A temporal expression in the text (TimeML TIMEX3), resolved against the publication date.
/// </summary>
/// <param name="Range">The expression's words, TimeML extent: "the past 24 hours", "mid- to late February"; not "on" or "in".</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: "2017-12-09", "2017-W49", "2017-Q4", "199X", "P3Y", "PRESENT_REF", "XXXX-12-25".</param>
/// <param name="Precision">The unit of the value's last known component.</param>
/// <param name="Interval">The calendar days the expression covers, when the anchor allows it; a past or future stretch for "over the past three years" or "before the end of the year".</param>
/// <param name="Mod">A TIMEX3 mod when the words qualify the value ("START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"), else null.</param>
/// <param name="Policy">How an ambiguity was resolved, kept as data: "explicit", "anchor", "tense-past", "tense-future", "nearest", "last", "next", "reference", "default-past", "unanchored".</param>
/// <param name="Rule">The named pattern that fired.</param>
public sealed record TemporalMention(
    TextRange Range,
    TimexType Type,
    string Value,
    DatePrecision Precision,
    DateInterval? Interval,
    string? Mod,
    string Policy,
    string Rule);

/// <summary>The layer the dates stage adds.</summary>
public static class DateLayers
{
    public static readonly LayerKey<ImmutableArray<TemporalMention>> Dates = new("dates");
}

/// <summary>Diagnostic codes of the temporal tagger (stable: users filter on them).</summary>
public static class DateDiagnosticCodes
{
    /// <summary>A date that cannot exist ("February 30", "31 April"): reported, no mention.</summary>
    public const string ImpossibleDate = "T001";

    /// <summary>The article has no publication date: relative expressions keep unknown parts ("XXXX-WXX-1").</summary>
    public const string NoAnchor = "T002";
}
