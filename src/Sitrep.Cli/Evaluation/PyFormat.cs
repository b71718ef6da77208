using System.Globalization;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// Python's <c>repr(x)</c> of a float (also what <c>json.dump</c> writes): the shortest round-trip
/// digits, as .NET's "R" gives them, laid out with Python's switch to exponent notation.
/// </summary>
internal static class PyFormat
{
    /// <summary><c>repr(value)</c>.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(value) ? "-" : string.Empty;

        // .NET's "R" is also the shortest string that round-trips; only the layout differs.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var digits = whole + (dot < 0 ? string.Empty : mantissa[(dot + 1)..]);

        // value = 0.digits * 10^point
        var point = whole.Length + exponent;
        var trimmed = digits.TrimStart('0');
        point -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        if (point <= -4 || point > 16)
        {
            var exp = point - 1;
            var lead = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            return sign + lead + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }

        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length) + ".0"
            : sign + digits[..point] + "." + digits[point..];
    }
}
