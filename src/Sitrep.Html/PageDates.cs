using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Html;

/// <summary>
/// Reads the calendar date of a machine-readable page date ("2024-03-05T23:10:00+03:00",
/// "20240305", "Tue, 05 Mar 2024 10:00:00 GMT"). The date is the one written, in the publisher's own
/// offset: "2024-03-05T23:10:00+03:00" is 5 March, never converted to UTC. Slash dates whose day and
/// month cannot be told apart ("05/03/2024") and dates without a year are refused, not guessed.
/// </summary>
internal static partial class PageDates
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BasicDate();

    [GeneratedRegex(@"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstSlashDate();

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearLastSlashDate();

    [GeneratedRegex(@"(?<![0-9])\d{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return false;
        }

        var text = value.Trim();
        if (Match(IsoDate(), text, 1, 2, 3, out date)
            || Match(BasicDate(), text, 1, 2, 3, out date)
            || Match(YearFirstSlashDate(), text, 1, 2, 3, out date))
        {
            return true;
        }

        if (YearLastSlashDate().Match(text) is { Success: true } slash)
        {
            var first = int.Parse(slash.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(slash.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(slash.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            return first > 12 ? Make(year, second, first, out date)
                : second > 12 ? Make(year, first, second, out date)
                : false;
        }

        // Written dates ("Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024"): only with a year, so
        // that the parser never fills one in from the clock.
        if (FourDigitYear().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= MinYear and <= MaxYear)
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        return false;
    }

    private static bool Match(Regex regex, string text, int yearGroup, int monthGroup, int dayGroup, out DateOnly date)
    {
        date = default;
        var match = regex.Match(text);
        return match.Success && Make(
            int.Parse(match.Groups[yearGroup].ValueSpan, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[monthGroup].ValueSpan, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[dayGroup].ValueSpan, CultureInfo.InvariantCulture),
            out date);
    }

    private static bool Make(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
