namespace Sitrep.Html;

/// <summary>
/// Looks for the headline, standfirst and publication time where they belong: inside the chosen
/// content first, then in each enclosing element outwards (an &lt;article&gt;'s header holds its h1
/// and &lt;time&gt;), and only last anywhere in the body. Every search visits each node at most once.
/// </summary>
internal sealed class NearContent(PageAnalysis page, IReadOnlyList<int> roots)
{
    private PageTree Tree => page.Tree;

    /// <summary>The first h1 with text: near the content, else anywhere kept, else in a page header.</summary>
    public int? FindHeadline()
    {
        bool IsHeadline(int i) => Tree.Tags[i] == "h1" && page.TextOf(i, 1).Length > 0;

        return First(Around(includeBody: false, beforeOnly: false), i => IsHeadline(i) && page.MayHoldHeadline(i))
            ?? First(BodyLevel(), i => IsHeadline(i) && !page.IsDropped(i))
            ?? First(BodyLevel(), i => IsHeadline(i) && page.MayHoldHeadline(i));
    }

    /// <summary>
    /// A visible element classed as a standfirst ("standfirst", "dek", "subtitle", "summary"…) or
    /// marked itemprop=description, before the content or at its start; never the meta description.
    /// </summary>
    public int? FindDek(int minChars, int maxChars, string? title)
    {
        var normalTitle = title is null ? null : BlockWriter.Normalise(title);
        bool IsDek(int i)
        {
            if (Tree.IsText(i) || Tree.Tags[i] is "meta" or "link" || !page.MayHoldHeadline(i))
            {
                return false;
            }

            var element = Tree.Element(i);
            var names = PageAnalysis.ClassAndId(element);
            if (!(names.Length > 0 && BoilerplateRules.DekClass().IsMatch(names))
                && !string.Equals(element.GetAttribute("itemprop"), "description", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var text = page.TextOf(i, maxChars + 1);
            return text.Length >= minChars && text.Length <= maxChars && BlockWriter.Normalise(text) != normalTitle;
        }

        return First(Around(includeBody: true, beforeOnly: true), IsDek);
    }

    /// <summary>
    /// The datetime of a &lt;time&gt; near the content, one marked as the publication time first
    /// (itemprop=datePublished, pubdate, a "published" class).
    /// </summary>
    public string? FindPublishedTime()
    {
        bool IsTime(int i) => Tree.Tags[i] == "time" && page.MayHoldHeadline(i);
        bool IsPublished(int i)
        {
            var element = Tree.Element(i);
            return element.HasAttribute("pubdate")
                || BoilerplateRules.PublishedClass().IsMatch(string.Concat(element.GetAttribute("itemprop"), " ", PageAnalysis.ClassAndId(element)))
                || (Tree.Parent[i] is var parent && parent >= 0 && BoilerplateRules.PublishedClass().IsMatch(PageAnalysis.ClassAndId(Tree.Element(parent))));
        }

        var found = First(Around(includeBody: false, beforeOnly: false), i => IsTime(i) && IsPublished(i))
            ?? First(Around(includeBody: false, beforeOnly: false), IsTime)
            ?? First(BodyLevel(), i => IsTime(i) && IsPublished(i));
        if (found is not { } time)
        {
            return null;
        }

        var element = Tree.Element(time);
        return element.GetAttribute("datetime") is { Length: > 0 } datetime ? datetime.Trim() : page.TextOf(time, 100);
    }

    private static int? First(IEnumerable<int> nodes, Func<int, bool> predicate)
    {
        foreach (var node in nodes)
        {
            if (predicate(node))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>
    /// Element indices: the content roots' subtrees and the gaps between them, then for each enclosing element (nearest first)
    /// the part of its subtree before what was already searched, and after it unless
    /// <paramref name="beforeOnly"/>. Up to the body's children, or the body itself when <paramref name="includeBody"/>.
    /// </summary>
    private IEnumerable<int> Around(bool includeBody, bool beforeOnly)
    {
        foreach (var root in roots)
        {
            for (var i = root; i < Tree.End[root]; i++)
            {
                if (!Tree.IsText(i))
                {
                    yield return i;
                }
            }
        }

        // Then what lies between content roots that are not adjacent.
        for (var k = 1; k < roots.Count; k++)
        {
            for (var i = Tree.End[roots[k - 1]]; i < roots[k]; i++)
            {
                if (!Tree.IsText(i))
                {
                    yield return i;
                }
            }
        }

        var start = roots[0];
        var end = Tree.End[roots[^1]];
        var lowest = includeBody ? Tree.Body : Tree.Body + 1;
        for (var ancestor = Tree.Parent[roots[0]]; ancestor >= lowest; ancestor = Tree.Parent[ancestor])
        {
            for (var i = ancestor; i < start; i++)
            {
                if (!Tree.IsText(i))
                {
                    yield return i;
                }
            }

            if (!beforeOnly)
            {
                for (var i = end; i < Tree.End[ancestor]; i++)
                {
                    if (!Tree.IsText(i))
                    {
                        yield return i;
                    }
                }
            }

            start = ancestor;
            end = Tree.End[ancestor];
        }
    }

    private IEnumerable<int> BodyLevel()
    {
        for (var i = Tree.Body; i < Tree.End[Tree.Body]; i++)
        {
            if (!Tree.IsText(i))
            {
                yield return i;
            }
        }
    }
}
