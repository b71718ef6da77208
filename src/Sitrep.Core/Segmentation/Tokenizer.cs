using System.Globalization;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Segmentation;

/// <summary>
/// Splits a range of the text into words, numbers, punctuation and symbols. Tokens never include
/// white space, are in order and do not overlap. One forward pass, linear in the range.
/// </summary>
/// <remarks>
/// The rules: a word is a run of letters, digits and combining marks; an apostrophe between two
/// letters joins ("ISIS's", "don't", "ISIS’s"), and so does a hyphen after a letter before a letter
/// or digit ("pro-government", "al-Tamimi", "F-16"). A comma or full stop between two digits joins
/// ("8,000", "1.5"), but a hyphen after a digit does not ("1,500-2,500" is three tokens). Single
/// letters alternating with full stops are one word with the last full stop ("U.S.", "e.g.").
/// A token of digits and separators only is a number. Every other character is a token of its
/// own: punctuation, or a symbol (currency, %, #, &amp;, @, °, emoji and anything unclassified).
/// </remarks>
public static class Tokenizer
{
    /// <summary>Longest initialism, in letters; bounds the look-ahead so the pass stays linear.</summary>
    private const int MaxInitialismLetters = 8;

    /// <summary>Appends the tokens of <paramref name="range"/> of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, TextRange range, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"{range} lies outside the text of length {text.Length}.");
        }

        var s = text.AsSpan();
        var end = range.End;
        var i = range.Start;
        while (i < end)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var width = WordCharWidth(s, i, end);
            if (width > 0)
            {
                var wordEnd = Initialism(s, i, end);
                if (wordEnd > i)
                {
                    into.Add(new Token(new TextRange(i, wordEnd), TokenKind.Word));
                    i = wordEnd;
                    continue;
                }

                wordEnd = WordEnd(s, i, end, out var numeric);
                into.Add(new Token(new TextRange(i, wordEnd), numeric ? TokenKind.Number : TokenKind.Word));
                i = wordEnd;
                continue;
            }

            // One character (or one surrogate pair) of punctuation or symbol.
            var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            var kind = IsPunctuation(s, i, length) ? TokenKind.Punctuation : TokenKind.Symbol;
            into.Add(new Token(new TextRange(i, i + length), kind));
            i += length;
        }
    }

    /// <summary>The end of the word or number starting at <paramref name="i"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i, int end, out bool numeric)
    {
        numeric = true;
        var j = i;
        while (j < end)
        {
            var width = WordCharWidth(s, j, end);
            if (width > 0)
            {
                numeric &= char.IsAsciiDigit(s[j]) || (width == 1 && char.IsDigit(s[j]));
                j += width;
                continue;
            }

            // A joiner inside the word: needs a word character on each side.
            var c = s[j];
            if (j + 1 >= end)
            {
                break;
            }

            var previous = s[j - 1];
            var next = s[j + 1];
            var joins = c switch
            {
                '\'' or '’' => char.IsLetter(previous) && char.IsLetter(next),
                '-' or '‑' => char.IsLetter(previous) && char.IsLetterOrDigit(next),
                ',' or '.' => char.IsDigit(previous) && char.IsDigit(next),
                _ => false,
            };

            if (!joins)
            {
                break;
            }

            numeric &= c is ',' or '.';
            j++;
        }

        return j;
    }

    /// <summary>The end of an initialism ("U.S.", "e.g.") at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int Initialism(ReadOnlySpan<char> s, int i, int end)
    {
        // Single letters each followed by a full stop, at least two and at most MaxInitialismLetters.
        var j = i;
        var pairs = 0;
        while (pairs <= MaxInitialismLetters && j + 1 < end && char.IsLetter(s[j]) && s[j + 1] == '.')
        {
            j += 2;
            pairs++;
        }

        var wordContinues = j < end && char.IsLetterOrDigit(s[j]);
        return pairs >= 2 && pairs <= MaxInitialismLetters && !wordContinues ? j : i;
    }

    /// <summary>The width of the word character at <paramref name="i"/> (1, 2 for a surrogate pair), or 0.</summary>
    private static int WordCharWidth(ReadOnlySpan<char> s, int i, int end)
    {
        var c = s[i];
        if (char.IsAsciiLetterOrDigit(c))
        {
            return 1;
        }

        if (c < 0x80)
        {
            return 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < end && char.IsLowSurrogate(s[i + 1]) && Rune.IsLetterOrDigit(new Rune(c, s[i + 1])) ? 2 : 0;
        }

        if (char.IsLetterOrDigit(c))
        {
            return 1;
        }

        // A combining mark continues a word it follows.
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
               && i > 0 && !char.IsWhiteSpace(s[i - 1]) ? 1 : 0;
    }

    private static bool IsPunctuation(ReadOnlySpan<char> s, int i, int length)
    {
        if (length == 2)
        {
            return false;
        }

        var c = s[i];
        return c is not ('%' or '‰' or '‱' or '#' or '&' or '@' or '†' or '‡' or '•' or '·')
               && char.IsPunctuation(c);
    }
}
