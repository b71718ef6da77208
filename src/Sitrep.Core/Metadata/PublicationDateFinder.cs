using System.Text.RegularExpressions;
using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Metadata;

/// <summary>
/// Finds when an article was published from the text itself, when no metadata says so. It looks
/// only where outlets print it — a "Published/Updated/Posted" line, a date line above the body, a
/// date opening the body ("Wed 05 Apr 2017 Syria attack…") — never at dates of events in the body.
/// </summary>
public static partial class PublicationDateFinder
{
    private const string Months =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const string Weekday = @"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s{1,3})?";

    /// <summary>"5 April 2017", "Wed 05 Apr 2017", "April 5, 2017", "Apr. 5 2017", "2017-04-05", "05/04/2017".</summary>
    [GeneratedRegex(
        Weekday + @"(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?<m>" + Months + @")\.?,?\s{1,3}(?<y>(?:19|20)\d\d)\b|(?<m>" + Months + @")\.?\s{1,3}(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<y>(?:19|20)\d\d)\b|\b(?<y>(?:19|20)\d\d)-(?<mn>\d\d)-(?<d>\d\d)\b|\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>(?:19|20)\d\d)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\W{0,3}(first )?(published|posted|updated|last updated|last modified|date of publication|publication date|date)( on| at)?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>A date line: a line whose words are mostly the date (with a time, a byline or a label).</summary>
    private const int MaxDateLineWords = 14;

    public static (PublicationDate Date, Diagnostic? Problem) Find(string text, CleanedArticle cleaned)
    {
        var firstBody = -1;
        PublicationDate? labelledUpdate = null;
        Diagnostic? problem = null;
        for (var i = 0; i < cleaned.Blocks.Length; i++)
        {
            var block = cleaned.Blocks[i];
            if (block.Role == BlockRole.Body)
            {
                if (firstBody < 0)
                {
                    firstBody = i;
                    var opening = block.Range.Of(text);
                    var head = opening.Length > 80 ? opening[..80].ToString() : opening.ToString();
                    var m = DatePattern().Match(head);
                    var labelled = Label().Match(head);
                    var allowed = labelled.Success ? labelled.Length + 3 : 3;
                    if (m.Success && m.Index <= allowed && TryDate(m, out var d, ref problem))
                    {
                        return (new PublicationDate(d, DateBasis.Text, TextRange.FromLength(block.Range.Start + m.Index, m.Length), labelled.Success ? "published-opening-body" : "date-opening-body"), problem);
                    }
                }

                continue;
            }

            if (block.Role is BlockRole.Title or BlockRole.Caption || CountWords(block.Range.Of(text)) > MaxDateLineWords)
            {
                continue;
            }

            var line = block.Range.Slice(text);
            var label = Label().Match(line);
            var dm = DatePattern().Match(line);
            if (!dm.Success || !TryDate(dm, out var date, ref problem))
            {
                continue;
            }

            var range = TextRange.FromLength(block.Range.Start + dm.Index, dm.Length);
            if (label.Success && label.Value.Contains("updated", StringComparison.OrdinalIgnoreCase) | label.Value.Contains("modified", StringComparison.OrdinalIgnoreCase))
            {
                labelledUpdate ??= new PublicationDate(date, DateBasis.Text, range, "updated-line");
                continue;
            }

            if (label.Success)
            {
                return (new PublicationDate(date, DateBasis.Text, range, "published-line"), problem);
            }

            if (firstBody < 0)
            {
                return (new PublicationDate(date, DateBasis.Text, range, "date-line-before-body"), problem);
            }
        }

        return (labelledUpdate ?? PublicationDate.Unknown, problem);
    }

    private static bool TryDate(Match m, out DateOnly date, ref Diagnostic? problem)
    {
        date = default;
        var year = int.Parse(m.Groups["y"].ValueSpan);
        int month, day;
        if (m.Groups["m"].Success)
        {
            month = MonthNumber(m.Groups["m"].Value);
            day = int.Parse(m.Groups["d"].ValueSpan);
        }
        else if (m.Groups["mn"].Success)
        {
            month = int.Parse(m.Groups["mn"].ValueSpan);
            day = int.Parse(m.Groups["d"].ValueSpan);
        }
        else
        {
            // 05/04/2017: only when one reading is impossible.
            var a = int.Parse(m.Groups["a"].ValueSpan);
            var b = int.Parse(m.Groups["b"].ValueSpan);
            if (a > 12 && b <= 12)
            {
                (day, month) = (a, b);
            }
            else if (b > 12 && a <= 12)
            {
                (month, day) = (a, b);
            }
            else
            {
                return false;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem ??= new Diagnostic(DiagnosticCodes.ImpossibleDate, Severity.Warning, $"impossible date '{m.Value}' ignored");
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    internal static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };

    private static int CountWords(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            n += w && !inWord ? 1 : 0;
            inWord = w;
        }

        return n;
    }
}
