using Sitrep.Documents;
using Sitrep.Html;
using Sitrep.Reading;

namespace Sitrep.Cli.Input;

/// <summary>An article read, or the one-line reason it could not be.</summary>
public sealed record LoadResult(InputItem Item, SourceArticle? Article, string? Error);

/// <summary>
/// Reads an input item into a <see cref="SourceArticle"/>: enforces the size limit before reading,
/// decodes bytes (<see cref="TextDecoder"/>), and hands HTML to the HTML reader. Never throws for
/// bad input: the reason comes back as <see cref="LoadResult.Error"/>.
/// </summary>
public static class ArticleLoader
{
    public static LoadResult Load(InputItem item, int maxBytes)
    {
        try
        {
            return item.Kind switch
            {
                InputKind.Broken => new LoadResult(item, null, item.Problem ?? "unreadable input"),
                InputKind.InlineText => FromText(item, item.Content, SourceFormat.PlainText, null),
                InputKind.InlineHtml => FromText(item, item.Content, SourceFormat.Html, null),
                _ => FromFile(item, maxBytes),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArticleRejectedException)
        {
            return new LoadResult(item, null, e.Message);
        }
    }

    private static LoadResult FromFile(InputItem item, int maxBytes)
    {
        var path = item.Content;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return new LoadResult(item, null, "is a folder, not a file");
            }

            if (!info.Exists)
            {
                return new LoadResult(item, null, info.LinkTarget is not null ? "broken link (its target does not exist)" : "no such file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new LoadResult(item, null, $"cannot open: {e.Message}");
        }

        if (info.Length == 0 && info.LinkTarget is null)
        {
            // Also what a FIFO or device reports: never opened, so nothing can block on it.
            return new LoadResult(item, null, "empty file (0 bytes)");
        }

        if (info.Length > maxBytes)
        {
            return new LoadResult(item, null, $"file is {Megabytes(info.Length)}, over the --max-size limit of {Megabytes(maxBytes)}");
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadResult(item, null, $"cannot read: {e.Message}");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            return new LoadResult(item, null, decoded.Error);
        }

        var isHtml = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase)
            || InputExpander.LooksLikeHtml(decoded.Text);
        return FromText(item, decoded.Text!, isHtml ? SourceFormat.Html : SourceFormat.PlainText, decoded.Note);
    }

    private static byte[] ReadBounded(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                throw new ArticleRejectedException($"file grew past the --max-size limit of {Megabytes(maxBytes)} while being read");
            }
        }

        return buffer.ToArray();
    }

    private static LoadResult FromText(InputItem item, string text, SourceFormat format, Diagnostic? note)
    {
        SourceArticle article;
        if (format == SourceFormat.Html)
        {
            article = HtmlArticleReader.Read(text, item.Name);
            if (string.IsNullOrWhiteSpace(article.Text) || article.Diagnostics.Any(d => d.Code == HtmlDiagnosticCodes.NoArticle))
            {
                return new LoadResult(item, null, "HTML page with no article (no block of prose found; navigation and boilerplate only)");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return new LoadResult(item, null, text.Length == 0 ? "empty article" : "no text (only white space)");
            }

            article = new SourceArticle(item.Name, text, SourceFormat.PlainText);
        }

        article = article with
        {
            Metadata = article.Metadata.OverriddenBy(item.Given),
            Diagnostics = note is null ? article.Diagnostics : article.Diagnostics.Add(note),
        };
        return new LoadResult(item, article, null);
    }

    private static string Megabytes(long bytes) => bytes >= 1 << 20 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes:N0} bytes";
}
