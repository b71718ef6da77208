using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Reading;

/// <summary>
/// Makes the text every stage reads: line breaks become "\n", invisible format and control
/// characters go, and characters are composed (NFC). No-break spaces, quotes and dashes stay as
/// they are, since evidence must match the article character for character. Every change is
/// recorded in an offset map back to the text as given.
/// </summary>
public static class TextNormaliser
{
    public static Document Normalise(SourceArticle article)
    {
        var (text, map, changes) = Normalise(article.Text);
        var document = Document.Create(article, text, map);
        return changes == 0
            ? document
            : document.WithDiagnostics([new Diagnostic(DiagnosticCodes.TextNormalised, Severity.Info, $"{changes:N0} characters normalised (line breaks, invisible characters, composition)")]);
    }

    public static (string Text, OffsetMap Map, int Changes) Normalise(string source)
    {
        if (!NeedsWork(source))
        {
            return (source, OffsetMap.Identity(source.Length), 0);
        }

        var sb = new StringBuilder(source.Length);
        var map = new OffsetMap.Builder();
        var changes = 0;
        var i = 0;
        while (i < source.Length)
        {
            // Copy the run of characters that need nothing in one go.
            var run = i;
            while (run < source.Length && !NeedsAttention(source[run]) && !(run + 1 < source.Length && IsCombining(source[run + 1])))
            {
                run++;
            }

            if (run > i)
            {
                sb.Append(source, i, run - i);
                i = run;
                if (i >= source.Length)
                {
                    break;
                }
            }

            var c = source[i];
            if (c == '\r')
            {
                var width = i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
                map.Replaced(sb.Length, sb.Length + 1, i, i + width);
                sb.Append('\n');
                i += width;
                changes++;
                continue;
            }

            if (c is '\u2028' or '\u2029' or '\u0085' or '\f' or '\v')
            {
                sb.Append('\n');
                i++;
                changes++;
                continue;
            }

            if (IsInvisible(c))
            {
                map.Dropped(sb.Length, i, i + 1);
                i++;
                changes++;
                continue;
            }

            // A base character followed by combining marks is composed as one unit.
            var unitEnd = i + 1;
            if (char.IsHighSurrogate(c) && unitEnd < source.Length && char.IsLowSurrogate(source[unitEnd]))
            {
                unitEnd++;
            }

            while (unitEnd < source.Length && IsCombining(source[unitEnd]))
            {
                unitEnd++;
            }

            if (unitEnd - i == 1 || (unitEnd - i == 2 && char.IsHighSurrogate(c)))
            {
                sb.Append(source, i, unitEnd - i);
                i = unitEnd;
                continue;
            }

            var unit = source.Substring(i, unitEnd - i);
            string composed;
            try
            {
                composed = unit.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                composed = unit; // unpaired surrogates: leave as given
            }

            map.Replaced(sb.Length, sb.Length + composed.Length, i, unitEnd);
            sb.Append(composed);
            if (composed != unit)
            {
                changes++;
            }

            i = unitEnd;
        }

        return (sb.ToString(), map.Build(sb.Length, source.Length), changes);
    }

    private static bool NeedsWork(string s)
    {
        foreach (var c in s)
        {
            if (NeedsAttention(c) || IsCombining(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Line breaks to rewrite and characters to drop; plain text is below U+0080 or a common letter.</summary>
    private static bool NeedsAttention(char c) =>
        c < ' ' ? c != '\n' && c != '\t' : c >= '\u007F' && (c == '\r' || c is '\u2028' or '\u2029' or '\u0085' || IsInvisible(c));

    /// <summary>Controls other than tab and line feed, zero-width and direction marks, soft hyphens, stray BOMs.</summary>
    internal static bool IsInvisible(char c) =>
        (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
        || c == '\u007F'
        || (c >= '\u0080' && c <= '\u009F' && c != '\u0085')
        || c is '\u00AD' or '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');

    private static bool IsCombining(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
