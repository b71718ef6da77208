using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Sitrep.Documents;

namespace Sitrep.Html;

/// <summary>
/// Reads a news page's HTML into a <see cref="SourceArticle"/>: the article text without the page
/// furniture, the metadata the page declares, and every dropped piece of visible text as a
/// <see cref="Removal"/> naming its rule.
/// </summary>
/// <remarks>
/// <para>The text is the title line, a blank line, the standfirst when the page shows one, a blank
/// line, then each kept block as a paragraph, blocks separated by a blank line. White space inside
/// a block is collapsed to single spaces (no-break spaces are kept); list items are lines starting
/// with "• ".</para>
/// <para>A page without an article (a login page, an index of links, an empty body) still reads:
/// the text is what remains, possibly empty, with an <see cref="HtmlDiagnosticCodes.NoArticle"/>
/// warning for the caller to report. Page text never throws.</para>
/// <para>Every pass over the page is a loop, never recursion, and element nesting is capped before
/// parsing (<see cref="NestingLimiter"/>), so pathological pages take linear time and bounded stack.</para>
/// </remarks>
public static class HtmlArticleReader
{
    private const string ParagraphBreak = "\n\n";

    public static SourceArticle Read(string html, string name) => Read(html, name, CancellationToken.None);

    public static SourceArticle Read(string html, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(name);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var limited = NestingLimiter.Limit(html, cancellationToken);
        if (limited.RemovedTags > 0)
        {
            diagnostics.Add(new Diagnostic(
                HtmlDiagnosticCodes.NestingFlattened,
                Severity.Info,
                $"elements nested deeper than {NestingLimiter.MaxDepth} levels were flattened ({limited.RemovedTags} tags removed)"));
        }

        var parser = new HtmlParser(new HtmlParserOptions { SkipComments = true, DisableElementPositionTracking = true });
        using var document = parser.ParseDocument(limited.Html);
        var tree = PageTree.Build(document, cancellationToken);
        var page = PageMetadata.Read(tree, cancellationToken);
        var content = ContentExtractor.Extract(tree, page, cancellationToken);

        var (published, dateNotes) = ReadPublished(page, content.PublishedTime);
        diagnostics.AddRange(dateNotes);
        if (!content.HasArticle)
        {
            diagnostics.Add(new Diagnostic(HtmlDiagnosticCodes.NoArticle, Severity.Warning, "no article content found in the page"));
        }

        var text = string.Join(ParagraphBreak, new[] { content.Title, content.Dek }.Concat(content.Paragraphs).Where(part => !string.IsNullOrEmpty(part)));
        return new SourceArticle(name, text, SourceFormat.Html)
        {
            Metadata = new ArticleMetadata
            {
                Title = content.Title,
                Published = published,
                PublishedBasis = published is null ? DateBasis.None : DateBasis.Text,
                Outlet = page.SiteName,
                Url = page.Url,
                Author = page.Author,
                GenreHint = page.GenreHint,
                DeclaredLanguage = page.LanguageCode,
            },
            Removals = content.Removals,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>
    /// The first declared date that reads, in order: meta tags, JSON-LD datePublished, a &lt;time&gt;
    /// near the article. Each unreadable one is noted: a warning when no date could be read, else
    /// for information.
    /// </summary>
    private static (DateOnly? Date, List<Diagnostic> Notes) ReadPublished(PageMetadata page, string? time)
    {
        var candidates = time is null ? page.Dates : [.. page.Dates, ("<time>", time)];
        DateOnly? published = null;
        var unreadable = new List<(string Source, string Value)>();
        foreach (var (source, value) in candidates)
        {
            if (PageDates.TryParse(value, out var date))
            {
                published = date;
                break;
            }

            unreadable.Add((source, value));
        }

        var severity = published is null ? Severity.Warning : Severity.Info;
        var notes = unreadable
            .Select(u => new Diagnostic(
                HtmlDiagnosticCodes.UnreadableDate,
                severity,
                $"page date \"{TextCollector.Excerpt(u.Value, 40)}\" in {u.Source} could not be read"))
            .ToList();
        return (published, notes);
    }
}
