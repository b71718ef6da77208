using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Html;

/// <summary>
/// What a page declares about itself in markup: meta tags (Open Graph, article:*, Dublin Core),
/// the canonical link, the &lt;title&gt;, the html lang attribute and schema.org JSON-LD. Values are
/// as declared, white space collapsed; choosing among them is <see cref="HtmlArticleReader"/>'s job.
/// </summary>
internal sealed partial record PageMetadata
{
    /// <summary>Meta tags that carry the publication date, most specific first.</summary>
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "itemprop:datepublished",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    public string? OgTitle { get; init; }

    /// <summary>The &lt;title&gt; element's text, as given (site suffix not yet stripped).</summary>
    public string? DocumentTitle { get; init; }

    public string? SiteName { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    public string? OgType { get; init; }

    public string? Section { get; init; }

    /// <summary>Declared language tags (html lang, og:locale, content-language), in that order.</summary>
    public IReadOnlyList<string> LanguageTags { get; init; } = [];

    /// <summary>Declared publication dates, most trusted first, each with where it was found.</summary>
    public IReadOnlyList<(string Source, string Value)> Dates { get; init; } = [];

    public JsonLd JsonLd { get; init; } = JsonLd.Empty;

    [GeneratedRegex(@"\b(opinion|comment|commentary|analysis|editorials?|op-?eds?|columns?|columnists?|letters|blogs?|views?|viewpoints?|perspectives?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpinionSection();

    [GeneratedRegex(@"^([A-Za-z]{2})(?:[-_]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSubtag();

    /// <summary>
    /// The genre hint: a specific schema.org type ("OpinionNewsArticle") first, then a section that
    /// names a genre ("Opinion", "Comment"), then a specific og:type, then the generic types.
    /// </summary>
    public string? GenreHint
    {
        get
        {
            if (JsonLd.Type is { } type && type is not ("Article" or "NewsArticle" or "BlogPosting" or "WebPage"))
            {
                return type;
            }

            var section = Section ?? JsonLd.Section;
            if (section is not null && OpinionSection().IsMatch(section))
            {
                return section;
            }

            if (OgType is { } ogType && ogType is not ("article" or "website"))
            {
                return ogType;
            }

            return JsonLd.Type ?? OgType;
        }
    }

    /// <summary>The declared language as a lower-case two-letter code, or null.</summary>
    public string? LanguageCode => LanguageTags.Append(JsonLd.Language).Select(TwoLetter).FirstOrDefault(code => code is not null);

    public static PageMetadata Read(PageTree tree, CancellationToken cancellationToken)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        var scripts = new List<string>();
        string? title = null;
        string? canonical = null;

        for (var i = 0; i < tree.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (tree.Tags[i])
            {
                case "meta":
                    AddMeta(tree.Element(i), meta);
                    break;
                case "link" when canonical is null && HasToken(tree.Element(i).GetAttribute("rel"), "canonical"):
                    canonical = Value(tree.Element(i).GetAttribute("href"));
                    break;
                case "title" when title is null && tree.Parent[i] >= 0 && tree.Tags[tree.Parent[i]] == "head":
                    title = Value(OwnText(tree, i));
                    break;
                case "script" when tree.Element(i).GetAttribute("type")?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true:
                    scripts.Add(OwnText(tree, i));
                    break;
            }
        }

        var jsonLd = JsonLd.Read(scripts, cancellationToken);
        var root = tree.Element(0);
        var ogUrl = Get(meta, "og:url");
        var dates = new List<(string, string)>();
        foreach (var key in DateKeys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                dates.Add(($"meta {key}", value));
            }
        }

        if (jsonLd.DatePublished is { } published)
        {
            dates.Add(("JSON-LD datePublished", published));
        }

        return new PageMetadata
        {
            OgTitle = Get(meta, "og:title") ?? Get(meta, "twitter:title"),
            DocumentTitle = title,
            SiteName = Get(meta, "og:site_name") ?? jsonLd.PublisherName,
            Url = canonical is not null && (canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase) || ogUrl is null) ? canonical : ogUrl ?? canonical,
            Author = Get(meta, "author") is { } author && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? author : jsonLd.Author,
            OgType = Get(meta, "og:type")?.ToLowerInvariant(),
            Section = Get(meta, "article:section"),
            LanguageTags = new[] { Value(root.GetAttribute("lang")), Value(root.GetAttribute("xml:lang")), Get(meta, "og:locale"), Get(meta, "content-language"), Get(meta, "language") }
                .OfType<string>().ToArray(),
            Dates = dates,
            JsonLd = jsonLd,
        };
    }

    private static void AddMeta(IElement element, Dictionary<string, string> meta)
    {
        var content = Value(element.GetAttribute("content"));
        if (content is null)
        {
            return;
        }

        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "http-equiv"])
        {
            if (Value(element.GetAttribute(attribute)) is { } key)
            {
                meta.TryAdd(key.ToLowerInvariant(), content);
            }
        }

        if (Value(element.GetAttribute("itemprop")) is { } itemprop)
        {
            meta.TryAdd("itemprop:" + itemprop.ToLowerInvariant(), content);
        }
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static string? Value(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : TextCollector.Collapse(raw);

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);

    /// <summary>The text of an element's text children (title, script): they hold nothing else.</summary>
    private static string OwnText(PageTree tree, int i)
    {
        var parts = new List<string>();
        foreach (var child in tree.Children(i))
        {
            if (tree.IsText(child))
            {
                parts.Add(tree.Text(child));
            }
        }

        return string.Concat(parts);
    }

    private static string? TwoLetter(string? tag) =>
        tag is not null && LanguageSubtag().Match(tag.Trim()) is { Success: true } match ? match.Groups[1].Value.ToLowerInvariant() : null;
}
