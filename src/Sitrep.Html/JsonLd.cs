using System.Text.Json;

namespace Sitrep.Html;

/// <summary>
/// What the page's schema.org JSON-LD says about its article: the first object whose @type is an
/// article (NewsArticle, OpinionNewsArticle, BlogPosting…), found at the top level, in an array, in
/// an @graph or nested, with "@id" references resolved within the page. Blocks that are not valid
/// JSON are tried once more with control characters blanked and comment wrappers removed, then
/// ignored: a broken script never stops the page from being read.
/// </summary>
internal sealed record JsonLd
{
    private const int MaxBlockChars = 1_000_000;
    private const int MaxValuesVisited = 20_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static readonly JsonLd Empty = new();

    public string? Type { get; init; }

    public string? DatePublished { get; init; }

    public string? PublisherName { get; init; }

    public string? Author { get; init; }

    public string? Section { get; init; }

    public string? Language { get; init; }

    public static JsonLd Read(IEnumerable<string> blocks, CancellationToken cancellationToken)
    {
        var result = Empty;
        string? organisation = null;
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var document = Parse(block);
            if (document is null)
            {
                continue;
            }

            var (article, ids, firstOrganisation) = Scan(document.RootElement, cancellationToken);
            organisation ??= firstOrganisation;
            if (article is { } found && result.Type is null)
            {
                result = FromArticle(found, ids);
            }
        }

        return result.PublisherName is null && organisation is not null ? result with { PublisherName = organisation } : result;
    }

    private static JsonDocument? Parse(string block)
    {
        if (block.Length > MaxBlockChars)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(block, Options);
        }
        catch (JsonException)
        {
        }

        try
        {
            return JsonDocument.Parse(Repair(block), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Blanks raw control characters (line breaks inside strings) and strips comment and CDATA wrappers.</summary>
    private static string Repair(string block)
    {
        var text = block.Trim();
        foreach (var (open, close) in Wrappers)
        {
            if (text.StartsWith(open, StringComparison.Ordinal))
            {
                text = text[open.Length..];
            }

            if (text.EndsWith(close, StringComparison.Ordinal))
            {
                text = text[..^close.Length];
            }

            text = text.Trim();
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static readonly (string Open, string Close)[] Wrappers = [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")];

    /// <summary>Breadth first, so that top-level objects come before what they contain.</summary>
    private static (JsonElement? Article, Dictionary<string, JsonElement> Ids, string? Organisation) Scan(JsonElement root, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement? article = null;
        string? organisation = null;
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        var visited = 0;
        while (queue.Count > 0 && visited++ < MaxValuesVisited)
        {
            if ((visited & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var value = queue.Dequeue();
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    queue.Enqueue(item);
                }

                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (String(value, "@id") is { } id && value.EnumerateObject().Skip(1).Any())
            {
                ids.TryAdd(id, value);
            }

            var types = Types(value);
            if (article is null && types.Any(IsArticleType))
            {
                article = value;
            }

            if (organisation is null && types.Any(t => t.EndsWith("Organization", StringComparison.Ordinal)))
            {
                organisation = String(value, "name");
            }

            foreach (var property in value.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    queue.Enqueue(property.Value);
                }
            }
        }

        return (article, ids, organisation);
    }

    private static JsonLd FromArticle(JsonElement article, Dictionary<string, JsonElement> ids)
    {
        var types = Types(article);
        return new JsonLd
        {
            Type = types.FirstOrDefault(t => !IsGenericType(t)) ?? types.FirstOrDefault(),
            DatePublished = String(article, "datePublished") ?? String(article, "dateCreated"),
            PublisherName = Names(article, "publisher", ids).FirstOrDefault(),
            Author = Names(article, "author", ids) is { Count: > 0 } authors ? string.Join(", ", authors) : null,
            Section = StringOrFirst(article, "articleSection"),
            Language = StringOrFirst(article, "inLanguage"),
        };
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type == "Report";

    private static bool IsGenericType(string type) => type is "Article" or "NewsArticle" or "CreativeWork" or "WebPage" or "BlogPosting";

    /// <summary>@type as a list, each reduced to its local name ("http://schema.org/NewsArticle" → "NewsArticle").</summary>
    private static List<string> Types(JsonElement value)
    {
        var types = new List<string>();
        if (!value.TryGetProperty("@type", out var type))
        {
            return types;
        }

        foreach (var item in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type])
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } name)
            {
                types.Add(name[(name.LastIndexOfAny(['/', ':', '#']) + 1)..]);
            }
        }

        return types;
    }

    /// <summary>Names of a person or organisation property: a string, an object with a name, an @id reference, or an array of these.</summary>
    private static List<string> Names(JsonElement owner, string property, Dictionary<string, JsonElement> ids)
    {
        var names = new List<string>();
        if (!owner.TryGetProperty(property, out var value))
        {
            return names;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
        {
            var entity = item;
            if (entity.ValueKind == JsonValueKind.Object && String(entity, "name") is null
                && String(entity, "@id") is { } reference && ids.TryGetValue(reference, out var resolved))
            {
                entity = resolved;
            }

            var name = entity.ValueKind switch
            {
                JsonValueKind.String => entity.GetString(),
                JsonValueKind.Object => String(entity, "name"),
                _ => null,
            };
            if (name is not null && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? String(JsonElement value, string property) =>
        value.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String
            && found.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? TextCollector.Collapse(text)
            : null;

    private static string? StringOrFirst(JsonElement value, string property)
    {
        if (!value.TryGetProperty(property, out var found))
        {
            return null;
        }

        var item = found.ValueKind == JsonValueKind.Array && found.GetArrayLength() > 0 ? found[0] : found;
        return item.ValueKind == JsonValueKind.String && item.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? TextCollector.Collapse(text)
            : null;
    }
}
