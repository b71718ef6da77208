using System.Globalization;

namespace Sitrep.Cli.Commands;

/// <summary>Parses sizes such as "10MB", "512KB", "2mb" or a plain number of bytes.</summary>
public static class SizeParser
{
    public static bool TryParse(string? text, out int bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        long multiplier = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1L) })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                multiplier = factor;
                s = s[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        var total = value * multiplier;
        if (total > int.MaxValue - 1)
        {
            return false;
        }

        bytes = (int)total;
        return true;
    }
}
