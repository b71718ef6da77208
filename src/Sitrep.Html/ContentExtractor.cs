using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Html;

/// <summary>
/// Finds the article in a parsed page: drops the furniture (<see cref="PageAnalysis"/>), chooses the
/// content (<see cref="ContentScorer"/>), finds the headline, standfirst and publication time nearest
/// to it, writes the blocks (<see cref="BlockWriter"/>) and records every dropped piece of visible
/// text as a <see cref="Removal"/>, in document order.
/// </summary>
internal static class ContentExtractor
{
    /// <summary>Prose an article needs: characters in all, and in its longest paragraph.</summary>
    private const int MinProseChars = 200;
    private const int MinLongestParagraph = 80;

    /// <summary>A standfirst is a sentence or two.</summary>
    private const int MinDekChars = 20;
    private const int MaxDekChars = 600;

    /// <summary>Text kept for an excerpt before it is cut to <see cref="MaxExcerptChars"/>.</summary>
    private const int ExcerptWindow = 120;
    public const int MaxExcerptChars = 80;

    /// <summary>More removals than this under one rule are collapsed into one with a count.</summary>
    public const int MaxRemovalsPerRule = 50;

    public sealed record Result(
        string? Title,
        string? Dek,
        string? PublishedTime,
        IReadOnlyList<string> Paragraphs,
        bool HasArticle,
        ImmutableArray<Removal> Removals);

    public static Result Extract(PageTree tree, PageMetadata metadata, CancellationToken cancellationToken)
    {
        var page = PageAnalysis.Analyse(tree, cancellationToken);
        var roots = ContentScorer.Choose(page, cancellationToken);
        var near = new NearContent(page, roots);

        var headline = near.FindHeadline();
        var headlineText = headline is { } h ? page.TextOf(h) : null;
        var title = Titles.Choose(metadata, headlineText);

        var excerptSkip = new HashSet<int>();
        if (headline is { } headlineIndex)
        {
            excerptSkip.Add(headlineIndex);
        }

        var dek = near.FindDek(MinDekChars, MaxDekChars, title);
        var blocks = Write(page, roots, dek, title, cancellationToken);
        if (dek is { } dekIndex && dekIndex > blocks.FirstOrder)
        {
            // What looked like a standfirst comes after the article starts: it is body text.
            dek = null;
            blocks = Write(page, roots, null, title, cancellationToken);
        }

        var hasArticle = LooksLikeArticle(blocks);
        if (!hasArticle && !(roots.Count == 1 && roots[0] == tree.Body))
        {
            // No article: what remains is the body's text without its furniture.
            roots = [tree.Body];
            blocks = Write(page, roots, dek, title, cancellationToken);
        }

        if (dek is { } keptDek)
        {
            excerptSkip.Add(keptDek);
        }

        var removals = new List<PendingRemoval>();
        AddDropped(page, excerptSkip, removals, cancellationToken);
        removals.AddRange(blocks.Removals);
        if (hasArticle)
        {
            AddOutside(page, roots, excerptSkip, removals);
        }

        return new Result(
            title,
            dek is { } d ? page.TextOf(d) : null,
            near.FindPublishedTime(),
            blocks.Paragraphs,
            hasArticle,
            Finish(removals));
    }

    private static BlockWriter.Result Write(PageAnalysis page, IReadOnlyList<int> roots, int? dek, string? title, CancellationToken cancellationToken) =>
        BlockWriter.Write(page, roots, dek is { } skip ? new HashSet<int> { skip } : [], title, cancellationToken);

    /// <summary>
    /// Enough prose, and not an index: a page whose linked headlines are as many as half its
    /// paragraphs is a list of teasers.
    /// </summary>
    private static bool LooksLikeArticle(BlockWriter.Result blocks) =>
        blocks.ProseChars >= MinProseChars
        && blocks.LongestProse >= MinLongestParagraph
        && !(blocks.LinkHeadings >= 3 && blocks.LinkHeadings * 2 >= blocks.ProseBlocks);

    /// <summary>Every dropped subtree with visible text.</summary>
    private static void AddDropped(PageAnalysis page, IReadOnlySet<int> skip, List<PendingRemoval> removals, CancellationToken cancellationToken)
    {
        var tree = page.Tree;
        for (var i = tree.Body; i < tree.End[tree.Body]; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!page.IsDropRoot(i))
            {
                continue;
            }

            var rule = page.DropRule(i);
            if (!BoilerplateRules.IsInvisible(rule) && page.Text[i] > 0)
            {
                var text = page.TextOf(i, ExcerptWindow, skip);
                if (text.Length > 0)
                {
                    removals.Add(new PendingRemoval(i, rule, page.DropDetail(i), text));
                }
            }

            i = tree.End[i] - 1;
        }
    }

    /// <summary>Kept text outside the content: each largest subtree beside the path from the body to the content.</summary>
    private static void AddOutside(PageAnalysis page, IReadOnlyList<int> roots, IReadOnlySet<int> skip, List<PendingRemoval> removals)
    {
        var tree = page.Tree;
        var onPath = new HashSet<int>();
        var isRoot = new HashSet<int>(roots);
        foreach (var root in roots)
        {
            for (var a = tree.Parent[root]; a >= tree.Body && onPath.Add(a); a = tree.Parent[a])
            {
            }
        }

        for (var i = tree.Body; i < tree.End[tree.Body];)
        {
            if (isRoot.Contains(i) || page.IsDropped(i))
            {
                i = tree.End[i];
                continue;
            }

            if (onPath.Contains(i))
            {
                i++;
                continue;
            }

            if (page.Text[i] > 0 && !skip.Contains(i))
            {
                var text = page.TextOf(i, ExcerptWindow, skip);
                if (text.Length > 0)
                {
                    removals.Add(new PendingRemoval(i, BoilerplateRules.OutsideContent, null, text));
                }
            }

            i = tree.End[i];
        }
    }

    /// <summary>In document order, excerpts cut, and a rule with more than fifty removals collapsed into one with its count.</summary>
    private static ImmutableArray<Removal> Finish(List<PendingRemoval> removals)
    {
        removals.Sort((a, b) => a.Order.CompareTo(b.Order));
        var counts = removals.GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.Count());
        var emitted = new HashSet<string>();
        var result = ImmutableArray.CreateBuilder<Removal>();
        foreach (var removal in removals)
        {
            var reason = BoilerplateRules.ReasonFor(removal.Rule);
            var count = counts[removal.Rule];
            if (count > MaxRemovalsPerRule)
            {
                if (emitted.Add(removal.Rule))
                {
                    result.Add(new Removal(removal.Rule, $"{reason} ({count} blocks)", Excerpt(removal.Text)));
                }

                continue;
            }

            if (removal.Detail is { } detail)
            {
                reason = $"{reason}: \"{TextCollector.Excerpt(detail, 40)}\"";
            }

            result.Add(new Removal(removal.Rule, reason, Excerpt(removal.Text)));
        }

        return result.ToImmutable();
    }

    private static string Excerpt(string text) => TextCollector.Excerpt(text.Replace('\n', ' '), MaxExcerptChars);
}
