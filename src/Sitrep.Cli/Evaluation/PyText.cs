using System.Globalization;
using System.Text;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// Python 3's string operations as the reference scorer uses them, where .NET's differ:
/// <c>str.isspace</c> (also <c>\s</c>, <c>strip()</c>, <c>split()</c>), <c>str.lower</c> (full
/// mapping of U+0130 and the final sigma), <c>\w</c> (letters, numbers and "_", but not combining
/// marks), slicing by code point, and <c>float()</c>/<c>int()</c> of a string.
/// </summary>
internal static class PyText
{
    /// <summary>Python's <c>str.isspace</c> for one code point (also what <c>\s</c> matches).</summary>
    public static bool IsSpace(int c) => c switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A => true,
        0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>Python's <c>\w</c> on a <c>str</c>: <c>isalnum()</c> or the underscore.</summary>
    public static bool IsWord(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>Python's <c>s.strip()</c>.</summary>
    public static string Strip(string s) => Trim(s, IsSpace);

    /// <summary>
    /// What <c>float()</c> and <c>int()</c> strip: the whitespace of <see cref="IsSpace"/> except the
    /// ASCII separators U+001C..U+001F, which CPython's number parsing does not take for spaces.
    /// </summary>
    private static string StripForNumber(string s) => Trim(s, c => IsSpace(c) && c is not (>= 0x1C and <= 0x1F));

    /// <summary>Python's <c>s.lower()</c>.</summary>
    public static string Lower(string s)
    {
        var sb = new StringBuilder(s.Length);
        var index = 0;
        foreach (var r in s.EnumerateRunes())
        {
            _ = r.Value switch
            {
                0x0130 => sb.Append("i\u0307"),
                0x03A3 => sb.Append(IsFinalSigma(s, index) ? 'ς' : 'σ'),
                _ => sb.Append(Rune.ToLowerInvariant(r).ToString()),
            };
            index += r.Utf16SequenceLength;
        }

        return sb.ToString();
    }

    /// <summary>The reference's <c>norm</c>: runs of whitespace to one space, stripped, lower-cased.</summary>
    public static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inSpace = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && sb.Length > 0)
            {
                sb.Append(' ');
            }

            inSpace = false;
            sb.Append(c);
        }

        return Lower(sb.ToString());
    }

    /// <summary>The reference's <c>words</c>: the set of <c>\w+</c> runs of the lower-cased text.</summary>
    public static HashSet<string> Words(string s)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lower = Lower(s);
        var start = -1;
        var index = 0;
        foreach (var r in lower.EnumerateRunes())
        {
            if (IsWord(r))
            {
                start = start < 0 ? index : start;
            }
            else if (start >= 0)
            {
                words.Add(lower[start..index]);
                start = -1;
            }

            index += r.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            words.Add(lower[start..]);
        }

        return words;
    }

    /// <summary>Python's <c>s.split()</c>.</summary>
    public static string[] Split(string s)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || IsSpace(s[i]))
            {
                if (start >= 0)
                {
                    parts.Add(s[start..i]);
                }

                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return [.. parts];
    }

    /// <summary>Python's <c>s[:count]</c>: the first <paramref name="count"/> code points.</summary>
    public static string Prefix(string s, int count)
    {
        var end = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (count-- == 0)
            {
                break;
            }

            end += r.Utf16SequenceLength;
        }

        return s[..end];
    }

    /// <summary>Python's <c>float(s)</c>; null where it raises ValueError.</summary>
    public static double? ParseFloat(string s)
    {
        var ascii = ToAsciiDigits(StripForNumber(s));
        if (ascii is null)
        {
            return null;
        }

        var body = ascii.TrimStart('+', '-');
        if (body.Length < ascii.Length - 1)
        {
            return null; // more than one sign
        }

        var negative = ascii.StartsWith('-');
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity":
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan":
                return double.NaN;
        }

        if (!IsDecimalLiteral(body))
        {
            return null;
        }

        var value = double.Parse(body.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>Python's <c>int(s)</c>; null where it raises ValueError (or beyond <see cref="long"/>).</summary>
    public static long? ParseInt(string s)
    {
        var ascii = ToAsciiDigits(StripForNumber(s));
        if (ascii is null || ascii.Length == 0)
        {
            return null;
        }

        var negative = ascii[0] == '-';
        var digits = ascii[0] is '+' or '-' ? ascii[1..] : ascii;
        if (!IsDigitPart(digits))
        {
            return null;
        }

        return long.TryParse(digits.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? (negative ? -value : value)
            : null;
    }

    private static string Trim(string s, Func<int, bool> isSpace)
    {
        int start = 0, end = s.Length;
        while (start < end && isSpace(s[start]))
        {
            start++;
        }

        while (end > start && isSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    // Python accepts any Unicode decimal digit in float() and int(); null when some other non-ASCII character is there.
    private static string? ToAsciiDigits(string s)
    {
        if (Ascii.IsValid(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (r.IsAscii)
            {
                sb.Append((char)r.Value);
            }
            else if (Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)
            {
                sb.Append((char)('0' + (int)Rune.GetNumericValue(r)));
            }
            else
            {
                return null;
            }
        }

        return sb.ToString();
    }

    // digit ("_"? digit)*
    private static bool IsDigitPart(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) && !(s[i] == '_' && char.IsAsciiDigit(s[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    // (digitpart ["." [digitpart]] | "." digitpart) [("e" | "E") ["+" | "-"] digitpart]
    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        var e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            var exponent = s[(e + 1)..];
            if (exponent.Length > 0 && exponent[0] is '+' or '-')
            {
                exponent = exponent[1..];
            }

            if (!IsDigitPart(exponent))
            {
                return false;
            }

            s = s[..e];
        }

        var dot = s.IndexOf('.');
        if (dot < 0)
        {
            return IsDigitPart(s);
        }

        var whole = s[..dot];
        var fraction = s[(dot + 1)..];
        return whole.IsEmpty
            ? IsDigitPart(fraction)
            : IsDigitPart(whole) && (fraction.IsEmpty || IsDigitPart(fraction));
    }

    // Python's rule for U+03A3 (Unicode's Final_Sigma): a cased letter before it and none after,
    // skipping case-ignorable characters both ways.
    private static bool IsFinalSigma(string s, int index)
    {
        var before = false;
        for (var i = index; i > 0;)
        {
            Rune.DecodeLastFromUtf16(s.AsSpan(0, i), out var r, out var n);
            i -= n;
            if (!IsCaseIgnorable(r))
            {
                before = IsCased(r);
                break;
            }
        }

        if (!before)
        {
            return false;
        }

        for (var i = index + 1; i < s.Length;)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var r, out var n);
            i += n;
            if (!IsCaseIgnorable(r))
            {
                return !IsCased(r);
            }
        }

        return true;
    }

    // Unicode's Cased: letters with case, and the Other_Lowercase/Other_Uppercase symbols that have
    // no case mapping (ª, º, squared and negative squared Latin capitals).
    private static bool IsCased(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || Rune.ToLowerInvariant(r) != r || Rune.ToUpperInvariant(r) != r
        || r.Value is 0xAA or 0xBA or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);

    // Unicode's Case_Ignorable: the word-break MidLetter, MidNumLet and Single_Quote characters, and
    // the categories Mn, Me, Cf, Lm, Sk.
    private static bool IsCaseIgnorable(Rune r) =>
        r.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
