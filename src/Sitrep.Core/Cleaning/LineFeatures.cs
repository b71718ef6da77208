using Sitrep.Text;

namespace Sitrep.Cleaning;

/// <summary>Cheap facts about one line of text that the cleaning rules decide on.</summary>
internal readonly record struct LineFeatures(
    TextRange Range,
    int Group,
    int Words,
    bool EndsSentence,
    bool IsBullet,
    bool StartsLowerCase)
{
    /// <summary>Number of characters of a line that pattern rules look at (furniture lines are short).</summary>
    public const int PatternWindow = 400;

    public static LineFeatures Of(string text, TextRange range, int group)
    {
        var span = range.Of(text);
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else if (c is not '\'' and not '’' and not '-')
            {
                inWord = false;
            }
        }

        return new LineFeatures(range, group, words, EndsWithSentencePunctuation(span), StartsWithBullet(span), StartsLower(span));
    }

    /// <summary>Ends in . ! ? … possibly followed by closing quotes or brackets.</summary>
    internal static bool EndsWithSentencePunctuation(ReadOnlySpan<char> s)
    {
        var i = s.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(s[i]) || s[i] is '"' or '”' or '’' or '\'' or ')' or ']' or '»'))
        {
            i--;
        }

        return i >= 0 && s[i] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    internal static bool StartsWithBullet(ReadOnlySpan<char> s)
    {
        s = s.TrimStart();
        if (s.IsEmpty)
        {
            return false;
        }

        if (s[0] is '•' or '·' or '▪' or '●' or '◦' or '‣' or '∙')
        {
            return true;
        }

        if (s.Length > 1 && s[0] is '-' or '*' or '–' or '—' && s[1] == ' ')
        {
            // "– Different towns and pockets –" is a heading set between dashes, not a list item.
            var end = s.TrimEnd();
            return end[^1] != s[0];
        }

        var d = 0;
        while (d < s.Length && d < 3 && char.IsAsciiDigit(s[d]))
        {
            d++;
        }

        return d > 0 && d + 1 < s.Length && s[d] is ')' or '.' && s[d + 1] == ' ';
    }

    private static bool StartsLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }
}
