namespace Sitrep.Html;

/// <summary>
/// Chooses the element(s) holding the article, after Mozilla's Readability: every paragraph of 25
/// characters or more scores 1, plus its commas, plus one per 100 characters (at most 3); the score
/// goes to its parent, half to its grandparent and a third of a level's depth further up, five levels
/// in all. Each container starts from a weight for its tag and class (article-body classes,
/// itemprop=articleBody, &lt;article&gt; and &lt;main&gt; count for it) and its final score is
/// multiplied by the share of its text that is not links. The best container is widened to a
/// parent shared by near-equal rivals, and siblings that look like more of the same are joined.
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;
    private const int TopCandidates = 5;

    /// <summary>The chosen content roots in document order; the body when nothing scored.</summary>
    public static IReadOnlyList<int> Choose(PageAnalysis page, CancellationToken cancellationToken)
    {
        var tree = page.Tree;
        var body = tree.Body;
        var scores = new Dictionary<int, double>();

        for (var i = body; i < tree.End[body]; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (page.IsDropRoot(i))
            {
                i = tree.End[i] - 1;
                continue;
            }

            if (tree.IsText(i) || !IsScorable(page, i) || page.Text[i] < MinParagraphChars)
            {
                continue;
            }

            var contentScore = 1.0 + page.Commas[i] + Math.Min(page.Text[i] / 100, 3);
            var ancestor = tree.Parent[i];
            for (var level = 0; level < AncestorLevels && ancestor >= body; level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(page, ancestor);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] += contentScore / divider;
                ancestor = tree.Parent[ancestor];
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        foreach (var candidate in scores.Keys.ToList())
        {
            scores[candidate] *= 1 - page.LinkDensity(candidate);
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).Take(TopCandidates).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        top = WidenToSharedParent(tree, body, top, topScore, ranked);
        top = ClimbWhileScoreRises(tree, body, top, scores);
        top = ClimbOnlyChildren(page, body, top);
        if (top == body)
        {
            return [body];
        }

        var roots = JoinSiblings(page, top, scores);
        roots.AddRange(FollowingProse(page, body, top));
        return roots;
    }

    private static bool IsScorable(PageAnalysis page, int i) => page.Tree.Tags[i] switch
    {
        "p" or "pre" or "td" => true,
        "div" or "section" or "article" or "main" => !page.HasBlockChild[i],
        _ => false,
    };

    private static double InitialScore(PageAnalysis page, int i)
    {
        var tree = page.Tree;
        var element = tree.Element(i);
        var score = tree.Tags[i] switch
        {
            "div" => 5,
            "article" => 15,
            "main" => 10,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };

        if (string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
        {
            score += 10;
        }

        if (page.IsStrong[i])
        {
            score += 50;
        }

        foreach (var name in (ReadOnlySpan<string?>)[element.GetAttribute("class"), element.GetAttribute("id")])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (BoilerplateRules.NegativeClass().IsMatch(name) || BoilerplateRules.FurnitureClass().IsMatch(name))
            {
                score -= 25;
            }

            if (BoilerplateRules.PositiveClass().IsMatch(name))
            {
                score += 25;
            }
        }

        return score;
    }

    /// <summary>
    /// When at least three rivals score within 75% of the best, their nearest common ancestor with
    /// it is the article (a body split by ads into several containers).
    /// </summary>
    private static int WidenToSharedParent(PageTree tree, int body, int top, double topScore, List<KeyValuePair<int, double>> ranked)
    {
        var rivals = ranked.Skip(1).Where(pair => topScore > 0 && pair.Value / topScore >= 0.75).Select(pair => pair.Key).ToList();
        if (rivals.Count < 3)
        {
            return top;
        }

        for (var parent = tree.Parent[top]; parent > body; parent = tree.Parent[parent])
        {
            if (rivals.Count(rival => tree.Contains(parent, rival)) >= 3)
            {
                return parent;
            }
        }

        return top;
    }

    /// <summary>A parent that scores more than the best candidate holds more of the article.</summary>
    private static int ClimbWhileScoreRises(PageTree tree, int body, int top, Dictionary<int, double> scores)
    {
        var lastScore = scores.GetValueOrDefault(top);
        var threshold = lastScore / 3;
        for (var parent = tree.Parent[top]; parent > body; parent = tree.Parent[parent])
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return top;
    }

    private static int ClimbOnlyChildren(PageAnalysis page, int body, int top)
    {
        var tree = page.Tree;
        for (var parent = tree.Parent[top]; parent > body && KeptElementChildren(page, parent) == 1; parent = tree.Parent[parent])
        {
            top = parent;
        }

        return top;
    }

    private static int KeptElementChildren(PageAnalysis page, int i)
    {
        var count = 0;
        foreach (var child in page.Tree.Children(i))
        {
            if (!page.Tree.IsText(child) && !page.IsDropped(child) && ++count > 1)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// Siblings of the best container that belong with it: scored containers above a fifth of its
    /// score (more if they share its class), and prose paragraphs with few links.
    /// </summary>
    private static List<int> JoinSiblings(PageAnalysis page, int top, Dictionary<int, double> scores)
    {
        var tree = page.Tree;
        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = tree.Element(top).GetAttribute("class");
        var roots = new List<int>();
        foreach (var sibling in tree.Children(tree.Parent[top]))
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (tree.IsText(sibling) || page.IsDropped(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && tree.Element(sibling).GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                roots.Add(sibling);
            }
            else if (tree.Tags[sibling] == "p" && IsProseParagraph(page, sibling))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    /// <summary>
    /// Prose paragraphs that directly follow an element enclosing the content, with nothing but
    /// dropped furniture between: the tail of an article whose container was closed early by a
    /// stray &lt;/div&gt;.
    /// </summary>
    private static List<int> FollowingProse(PageAnalysis page, int body, int top)
    {
        var tree = page.Tree;
        var found = new List<int>();
        for (var ancestor = tree.Parent[top]; ancestor > body; ancestor = tree.Parent[ancestor])
        {
            var parent = tree.Parent[ancestor];
            for (var sibling = tree.End[ancestor]; sibling < tree.End[parent]; sibling = tree.End[sibling])
            {
                if (page.IsDropped(sibling) || page.Text[sibling] == 0)
                {
                    continue;
                }

                if (tree.IsText(sibling) || tree.Tags[sibling] != "p" || !IsProseParagraph(page, sibling))
                {
                    break;
                }

                found.Add(sibling);
            }
        }

        found.Sort();
        return found;
    }

    private static bool IsProseParagraph(PageAnalysis page, int i)
    {
        var length = page.Text[i];
        var density = page.LinkDensity(i);
        if (length > 80)
        {
            return density < 0.25;
        }

        if (length == 0 || density > 0)
        {
            return false;
        }

        var text = page.TextOf(i);
        for (var at = text.IndexOf('.', StringComparison.Ordinal); at >= 0; at = text.IndexOf('.', at + 1))
        {
            if (at == text.Length - 1 || text[at + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
