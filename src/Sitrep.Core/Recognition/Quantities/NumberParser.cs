using System.Globalization;

namespace Sitrep.Recognition.Quantities;

/// <summary>How a run of digits reads: its value and the shape that matters to the grammar.</summary>
internal readonly record struct DigitNumber(double Value, bool Separated, bool Decimal, int IntegerDigits, bool LeadingZero);

/// <summary>Reads digits with separators ("8,000", "1.5", "4907.20") into a value; never wraps.</summary>
internal static class NumberParser
{
    /// <summary>Largest magnitude held: beyond it a double no longer counts units exactly.</summary>
    public const double MaxValue = 1e15;

    /// <summary>Most significant integer digits read (15 keep a double exact).</summary>
    private const int MaxIntegerDigits = 15;

    /// <summary>Fraction digits read; more are dropped (a rounding, not a wrap).</summary>
    private const int MaxFractionDigits = 12;

    /// <summary>Whether every group after the first separator has three digits (a decimal part may follow the last).</summary>
    private static bool GroupsOfThree(ReadOnlySpan<char> s, char separator)
    {
        var first = s.IndexOf(separator);
        var rest = s[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(separator);
            var group = next < 0 ? rest : rest[..next];
            if (next < 0 && separator == ',')
            {
                var dot = group.IndexOf('.');
                group = dot < 0 ? group : group[..dot];
            }

            if (group.Length != 3)
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }

    /// <summary>
    /// Reads <paramref name="s"/>: ASCII digits, commas between digit groups and at most one
    /// decimal point (several full stops between groups of three are thousands separators,
    /// "1.500.000"). False when it is not such a number; <paramref name="overflow"/> when it is
    /// one but too large.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DigitNumber number, out bool overflow)
    {
        number = default;
        overflow = false;
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var dots = s.Count('.');
        var commas = s.Count(',');
        var dotsAreSeparators = dots > 1 || (dots == 1 && commas > 0 && s.IndexOf('.') < s.IndexOf(','));
        if (dotsAreSeparators && commas > 0)
        {
            return false;
        }

        if ((dotsAreSeparators || commas > 0) && !GroupsOfThree(s, dotsAreSeparators ? '.' : ','))
        {
            // "1.1.1" is a version, "1,50" a list: not one number.
            return false;
        }

        Span<char> buffer = stackalloc char[MaxIntegerDigits + MaxFractionDigits + 2];
        var length = 0;
        var integerDigits = 0;
        var fractionDigits = 0;
        var inFraction = false;
        var significant = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (inFraction)
                {
                    if (fractionDigits < MaxFractionDigits)
                    {
                        buffer[length++] = c;
                        fractionDigits++;
                    }

                    continue;
                }

                significant |= c != '0';
                if (!significant)
                {
                    continue;
                }

                if (++integerDigits > MaxIntegerDigits)
                {
                    overflow = true;
                    return true;
                }

                buffer[length++] = c;
            }
            else if (c == ',' || (c == '.' && dotsAreSeparators))
            {
                continue;
            }
            else if (c == '.' && !inFraction)
            {
                inFraction = true;
                if (length == 0)
                {
                    buffer[length++] = '0';
                }

                buffer[length++] = '.';
            }
            else
            {
                return false;
            }
        }

        if (length == 0)
        {
            buffer[length++] = '0';
        }

        var value = double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        number = new DigitNumber(value, commas > 0 || dotsAreSeparators, inFraction, integerDigits, s.Length > 1 && s[0] == '0' && !inFraction);
        return true;
    }
}
