using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Cli.Input;

/// <summary>
/// Reads a JSON Lines manifest (spec/claims.md, "Input with metadata"): one article per line as
/// {"path"} or {"text"} or {"html"}, optionally with "doc", "published", "outlet", "title", "url".
/// A relative path is read from the manifest's own folder. A line that is not such an object
/// becomes a broken item naming the line and the reason; the other lines go on.
/// </summary>
public static class ManifestReader
{
    public static IEnumerable<InputItem> Read(string manifestPath)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Broken(manifestPath, e.Message)];
        }

        return ReadLines(manifestPath, lines);
    }

    private static IEnumerable<InputItem> ReadLines(string manifestPath, IEnumerable<string> lines)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        var number = 0;
        using var e = lines.GetEnumerator();
        while (true)
        {
            string? line = null;
            string? failure = null;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }

                line = e.Current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failure = ex.Message;
            }

            if (failure is not null)
            {
                yield return InputItem.Broken(manifestPath, failure);
                yield break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line!, $"{manifestPath}:{number}", folder);
        }
    }

    internal static InputItem ParseLine(string line, string label, string folder)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return InputItem.Broken(label, $"manifest line is not JSON ({e.Message.Split(" LineNumber")[0].TrimEnd('.', ' ')})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Broken(label, "manifest line is not a JSON object");
            }

            var path = GetString(root, "path");
            var text = GetString(root, "text");
            var html = GetString(root, "html");
            var given = (path is null ? 0 : 1) + (text is null ? 0 : 1) + (html is null ? 0 : 1);
            if (given != 1)
            {
                return InputItem.Broken(label, given == 0 ? "manifest line has none of \"path\", \"text\" or \"html\"" : "manifest line has more than one of \"path\", \"text\" and \"html\"");
            }

            DateOnly? published = null;
            var publishedText = GetString(root, "published");
            if (publishedText is not null)
            {
                if (!TryParseDate(publishedText, out var date))
                {
                    return InputItem.Broken(label, $"\"published\" is not a date (YYYY-MM-DD): '{Clip(publishedText)}'");
                }

                published = date;
            }

            var metadata = new ArticleMetadata
            {
                Title = GetString(root, "title"),
                Published = published,
                PublishedBasis = published is null ? DateBasis.None : DateBasis.Given,
                Outlet = GetString(root, "outlet"),
                Url = GetString(root, "url"),
            };

            var doc = GetString(root, "doc");
            if (path is not null)
            {
                var full = Path.IsPathRooted(path) ? path : Path.Combine(folder, path);
                return new InputItem(doc ?? Path.GetFileName(path), label + $" ({path})", InputKind.File, full, metadata);
            }

            var name = doc ?? label;
            return text is not null
                ? new InputItem(name, label, InputKind.InlineText, text, metadata)
                : new InputItem(name, label, InputKind.InlineHtml, html!, metadata);
        }
    }

    internal static bool TryParseDate(string s, out DateOnly date)
    {
        var head = s.Length >= 10 ? s[..10] : s;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
