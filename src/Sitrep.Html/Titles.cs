namespace Sitrep.Html;

/// <summary>
/// The article's title: og:title (with the site name cut if it repeats it), else the headline
/// (h1) nearest the content, else the &lt;title&gt; with its site suffix cut ("… | Site", "… - Site").
/// </summary>
internal static class Titles
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

    /// <summary>Longest suffix, in words, taken for a site name when the site is not declared.</summary>
    private const int MaxSuffixWords = 4;

    public static string? Choose(PageMetadata metadata, string? headline)
    {
        if (metadata.OgTitle is { Length: > 0 } ogTitle)
        {
            return StripSiteName(ogTitle, metadata.SiteName, guess: false);
        }

        if (!string.IsNullOrEmpty(headline))
        {
            return headline;
        }

        return metadata.DocumentTitle is { Length: > 0 } documentTitle
            ? StripSiteName(documentTitle, metadata.SiteName, guess: true)
            : null;
    }

    /// <summary>
    /// Cuts a declared site name at either end. With <paramref name="guess"/>, also cuts a short last
    /// segment after a separator, and one more after " | " ("Title | Section | Site").
    /// </summary>
    public static string StripSiteName(string title, string? siteName, bool guess)
    {
        var text = TextCollector.Collapse(title);
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            foreach (var separator in Separators)
            {
                if (text.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase) && text.Length > separator.Length + siteName.Length)
                {
                    return text[..^(separator.Length + siteName.Length)].Trim();
                }

                if (text.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase) && text.Length > separator.Length + siteName.Length)
                {
                    return text[(separator.Length + siteName.Length)..].Trim();
                }
            }
        }

        if (!guess)
        {
            return text;
        }

        for (var round = 0; round < 2; round++)
        {
            var (at, separator) = LastSeparator(text);
            if (at < 0 || (round > 0 && separator != " | "))
            {
                break;
            }

            var prefix = text[..at];
            var suffix = text[(at + separator.Length)..];
            if (Words(suffix) > MaxSuffixWords || Words(prefix) < 2)
            {
                break;
            }

            text = prefix.Trim();
        }

        return text;
    }

    private static (int At, string Separator) LastSeparator(string text)
    {
        var best = (-1, string.Empty);
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best.Item1)
            {
                best = (at, separator);
            }
        }

        return best;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
