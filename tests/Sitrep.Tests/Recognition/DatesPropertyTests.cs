using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition;

/// <summary>Any date written in a news format reads back; pathological input completes; mentions stay ordered and inside the text.</summary>
public sealed class DatesPropertyTests
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] MonthAbbreviations =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>The news formats a full date is written in, each with the extent it must get.</summary>
    private static readonly Func<DateOnly, string>[] Formats =
    [
        d => $"{MonthNames[d.Month - 1]} {d.Day}, {d.Year}",
        d => $"{d.Day} {MonthNames[d.Month - 1]} {d.Year}",
        d => $"{MonthAbbreviations[d.Month - 1]} {d.Day}, {d.Year}",
        d => $"{d.Day} {MonthNames[d.Month - 1][..3]} {d.Year}",
        d => $"{MonthNames[d.Month - 1]} {Ordinal(d.Day)}, {d.Year}",
        d => $"{Ordinal(d.Day)} {MonthNames[d.Month - 1]} {d.Year}",
        d => $"{d.DayOfWeek}, {MonthNames[d.Month - 1]} {d.Day}, {d.Year}",
        d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        d => d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
    ];

    private static readonly string[] Pieces =
    [
        "2017", "11", "-", "/", ",", ".", "and", "the", "on", "last", "next", "week", "Monday", "May", "March", "mid", "to", "late",
        "February", "2nd", "years", "ago", "two", "month", "a", "for", "now", "the end of", "year", "between", "quarter", "third",
        "9", "a.m.", ":", "30", "F-16", "Route", "7", "17th", "Division", "2,000", "fighters", "'", "90s", "every", "daily", "-year", "9999", "months", "weeks", "past", "over", "nearly", "Q3", "fiscal",
    ];

    private static string Ordinal(int day) => day + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th");

    private static Arbitrary<(DateOnly Date, int Format)> DatesAndFormats() =>
        Gen.Choose(0, new DateOnly(2099, 12, 31).DayNumber - new DateOnly(1800, 1, 1).DayNumber)
            .Select(n => new DateOnly(1800, 1, 1).AddDays(n))
            .SelectMany(d => Gen.Choose(0, Formats.Length - 1).Select(f => (d, f)))
            .ToArbitrary();

    [Fact]
    public void AnyDateInAnyNewsFormat_ReadsBackToItsValue()
    {
        Prop.ForAll(DatesAndFormats(), x =>
        {
            var written = Formats[x.Format](x.Date);
            var sentence = $"The attack took place on {written} near the town.";
            var found = DatesSpecTests.Run(sentence, new DateOnly(2017, 12, 12));
            return found.Length == 1
                   && found[0].Value == x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                   && found[0].Range.Slice(sentence) == written
                   && found[0].Type == TimexType.Date
                   && found[0].Precision == DatePrecision.Day;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyMonthAndYear_ReadsBackToTheMonth()
    {
        Prop.ForAll(Gen.Choose(1800, 2099).SelectMany(y => Gen.Choose(1, 12).Select(m => (y, m))).ToArbitrary(), x =>
        {
            var written = $"{MonthNames[x.m - 1]} {x.y}";
            var found = DatesSpecTests.Run($"Fighting resumed in {written}, officials said.", new DateOnly(2017, 12, 12));
            return found.Length == 1 && found[0].Value == $"{x.y:0000}-{x.m:00}" && found[0].Precision == DatePrecision.Month;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyWeekday_ResolvesWithinTheWeekAroundTheAnchor()
    {
        var anchors = Gen.Choose(0, 30_000).Select(n => new DateOnly(1950, 1, 1).AddDays(n));
        Prop.ForAll(anchors.SelectMany(a => Gen.Choose(0, 6).Select(w => (a, w))).ToArbitrary(), x =>
        {
            var name = ((DayOfWeek)x.w).ToString();
            var past = DatesSpecTests.Run($"The rebels attacked on {name}.", x.a);
            var future = DatesSpecTests.Run($"The rebels will attack on {name}.", x.a);
            var p = DateOnly.ParseExact(past[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var f = DateOnly.ParseExact(future[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return p.DayOfWeek == (DayOfWeek)x.w && f.DayOfWeek == (DayOfWeek)x.w
                   && p <= x.a && x.a.DayNumber - p.DayNumber < 7 && f >= x.a && f.DayNumber - x.a.DayNumber < 7;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyMixOfPieces_GivesOrderedDisjointRangesInsideTheText()
    {
        var mixed = Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", p)).ToArbitrary();
        Prop.ForAll(mixed, text =>
        {
            var previousEnd = 0;
            foreach (var m in DatesSpecTests.Run(text, new DateOnly(2017, 12, 12)))
            {
                if (m.Range.Start < previousEnd || m.Range.End > text.Length || m.Range.IsEmpty || m.Value.Length == 0)
                {
                    return false;
                }

                previousEnd = m.Range.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("digits", "7")]
    [InlineData("commas", ",")]
    [InlineData("and", " and")]
    [InlineData("years", " 2017")]
    [InlineData("hyphens", "mid-")]
    [InlineData("months", " May")]
    [InlineData("ranges", " mid- to late")]
    [InlineData("amounts", " two-year")]
    public void AMegabyteOfTheSamePiece_Completes(string name, string piece)
    {
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(piece);
        }

        var document = DatesSpecTests.RunDocument(text.ToString(), new DateOnly(2017, 12, 12));
        Assert.True(document.Has(DateLayers.Dates), name);
    }

    [Fact]
    public void ImpossibleDate_IsADiagnosticNeverAnException()
    {
        var document = DatesSpecTests.RunDocument("It was dated February 30, 2017 and 31 April.", new DateOnly(2017, 12, 12));
        Assert.Equal(2, document.Diagnostics.Count(d => d.Code == DateDiagnosticCodes.ImpossibleDate));
        Assert.Empty(document.Get(DateLayers.Dates));
    }
}
