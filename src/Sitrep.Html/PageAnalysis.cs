using AngleSharp.Dom;

namespace Sitrep.Html;

/// <summary>
/// The page's body with its furniture marked: which subtrees are dropped and by which rule (top
/// down), and for every kept node the visible characters, characters inside links and commas of
/// its kept subtree (bottom up). All passes are loops over <see cref="PageTree"/>'s arrays.
/// </summary>
/// <remarks>
/// An element is never dropped by its tag, role or class if it holds the article: if it is the
/// html, body, main or article element, contains an element marked as the article body
/// (itemprop=articleBody, class "article-body"…), contains an &lt;article&gt; with real paragraphs,
/// or holds at least half the paragraph text of the page. So a WordPress &lt;article class="tag-syria"&gt;
/// or an ASP.NET page wrapped in one &lt;form&gt; is still read. Script, media and controls are
/// dropped whatever they contain.
/// </remarks>
internal sealed class PageAnalysis
{
    /// <summary>Paragraph text an &lt;article&gt; needs to protect its ancestors.</summary>
    private const int ArticleParagraphChars = 500;

    private readonly int[] _dropRoot;
    private readonly string?[] _dropRule;
    private readonly string?[] _dropDetail;

    private PageAnalysis(PageTree tree)
    {
        Tree = tree;
        var n = tree.Count;
        _dropRoot = new int[n];
        Array.Fill(_dropRoot, -1);
        _dropRule = new string?[n];
        _dropDetail = new string?[n];
        Text = new int[n];
        Links = new int[n];
        Commas = new int[n];
        HasBlockChild = new bool[n];
        IsStrong = new bool[n];
    }

    public PageTree Tree { get; }

    /// <summary>Visible characters in the kept part of each subtree (a drop root counts its whole subtree).</summary>
    public int[] Text { get; }

    /// <summary>Visible characters inside links, likewise.</summary>
    public int[] Links { get; }

    public int[] Commas { get; }

    /// <summary>Whether a kept element has a kept block-level element among its children.</summary>
    public bool[] HasBlockChild { get; }

    /// <summary>Whether an element is marked as the article body (itemprop=articleBody, class "story-body"…).</summary>
    public bool[] IsStrong { get; }

    /// <summary>The root of the dropped subtree a node lies in, or -1 when it is kept.</summary>
    public int DropRootOf(int i) => _dropRoot[i];

    public bool IsDropped(int i) => _dropRoot[i] >= 0;

    public bool IsDropRoot(int i) => _dropRoot[i] == i;

    /// <summary>The rule that dropped a drop root.</summary>
    public string DropRule(int root) => _dropRule[root]!;

    /// <summary>The class or id word behind a <see cref="BoilerplateRules.BoilerplateClass"/> drop.</summary>
    public string? DropDetail(int root) => _dropDetail[root];

    /// <summary>
    /// The visible text of a node's kept subtree, white space collapsed, cut after
    /// <paramref name="limit"/> characters; nodes in <paramref name="skip"/> are left out with their subtrees.
    /// </summary>
    public string TextOf(int i, int limit = int.MaxValue, IReadOnlySet<int>? skip = null)
    {
        var collector = new TextCollector(limit);
        var dropRoot = _dropRoot[i];
        for (var j = i; j < Tree.End[i] && !collector.IsFull; j++)
        {
            // Inside a drop root, read its own subtree; elsewhere leave dropped parts out.
            if ((_dropRoot[j] != dropRoot && IsDropRoot(j)) || skip?.Contains(j) == true)
            {
                collector.Space();
                j = Tree.End[j] - 1;
            }
            else if (Tree.IsText(j) && !IsInvisibleText(j))
            {
                collector.Append(Tree.Text(j));
            }
            else if (!Tree.IsText(j) && IsBlockLevel(Tree.Tags[j]))
            {
                collector.Space();
            }
        }

        return collector.ToString();
    }

    public double LinkDensity(int i) => Text[i] == 0 ? 0 : (double)Links[i] / Text[i];

    /// <summary>
    /// Whether a node may hold the headline, standfirst or publication time: it is kept, or dropped
    /// only as a header (where those live), not as a related-stories rail or a comment thread.
    /// </summary>
    public bool MayHoldHeadline(int i)
    {
        var root = _dropRoot[i];
        return root < 0
            || (_dropRule[root] == BoilerplateRules.Navigation && Tree.Tags[root] is "header" or "hgroup")
            || (_dropRule[root] == BoilerplateRules.BoilerplateClass && _dropDetail[root]?.Contains("header", StringComparison.Ordinal) == true);
    }

    public static PageAnalysis Analyse(PageTree tree, CancellationToken cancellationToken)
    {
        var analysis = new PageAnalysis(tree);
        analysis.Run(cancellationToken);
        return analysis;
    }

    private void Run(CancellationToken cancellationToken)
    {
        var n = Tree.Count;
        var body = Tree.Body;
        var end = Tree.End[body];

        // 1. Bottom up over the whole body: visible and paragraph characters, article-body markers.
        var rawText = new int[n];
        var rawParagraph = new int[n];
        var containsStrong = new bool[n];
        var containsArticle = new bool[n];
        for (var i = end - 1; i >= body; i--)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Tree.IsText(i))
            {
                rawText[i] = IsInvisibleText(i) ? 0 : VisibleLength(Tree.Text(i));
            }
            else
            {
                IsStrong[i] = IsStrongMarker(Tree.Element(i));
                containsStrong[i] |= IsStrong[i];
                if (Tree.Tags[i] == "p")
                {
                    rawParagraph[i] = rawText[i];
                }

                containsArticle[i] |= Tree.Tags[i] == "article" && rawParagraph[i] >= ArticleParagraphChars;
            }

            var parent = Tree.Parent[i];
            if (parent >= body)
            {
                rawText[parent] += rawText[i];
                rawParagraph[parent] += rawParagraph[i];
                containsStrong[parent] |= containsStrong[i];
                containsArticle[parent] |= containsArticle[i];
            }
        }

        // 2. Top down: drop furniture, skipping what is already dropped.
        var bodyParagraph = rawParagraph[body];
        for (var i = body + 1; i < end;)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Tree.IsText(i))
            {
                i++;
                continue;
            }

            var holdsArticle = containsStrong[i] || containsArticle[i]
                || (bodyParagraph >= ArticleParagraphChars && rawParagraph[i] * 2 >= bodyParagraph);
            var (rule, detail) = DropRuleFor(i, holdsArticle);
            if (rule is null)
            {
                i++;
                continue;
            }

            _dropRule[i] = rule;
            _dropDetail[i] = detail;
            for (var j = i; j < Tree.End[i]; j++)
            {
                _dropRoot[j] = i;
            }

            // A drop root keeps its own figures, for its removal and for the empty-text test.
            Text[i] = rawText[i];
            i = Tree.End[i];
        }

        // 3. Bottom up over what is kept: text, link text, commas, block children.
        var inLink = new bool[n];
        for (var i = body + 1; i < end; i++)
        {
            inLink[i] = inLink[Tree.Parent[i]] || Tree.Tags[i] == "a";
        }

        for (var i = end - 1; i >= body; i--)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (IsDropped(i))
            {
                continue;
            }

            if (Tree.IsText(i))
            {
                Text[i] = rawText[i];
                Links[i] = inLink[i] ? rawText[i] : 0;
                Commas[i] = rawText[i] == 0 ? 0 : CountCommas(Tree.Text(i));
            }

            var parent = Tree.Parent[i];
            if (parent >= body)
            {
                Text[parent] += Text[i];
                Links[parent] += Links[i];
                Commas[parent] += Commas[i];
                HasBlockChild[parent] |= IsBlockLevel(Tree.Tags[i]);
            }
        }
    }

    private (string? Rule, string? Detail) DropRuleFor(int i, bool holdsArticle)
    {
        var tag = Tree.Tags[i];
        var element = Tree.Element(i);
        if (BoilerplateRules.IsNeverContent(tag))
        {
            return (BoilerplateRules.RuleForTag(tag), null);
        }

        if (holdsArticle || tag is "main" or "article")
        {
            return (null, null);
        }

        if (element.HasAttribute("hidden") || HasHidingStyle(element.GetAttribute("style")))
        {
            return (BoilerplateRules.Hidden, null);
        }

        if (BoilerplateRules.RuleForTag(tag) is { } tagRule)
        {
            return (tagRule, null);
        }

        if (element.GetAttribute("role") is { } role && BoilerplateRules.IsFurnitureRole(role.Trim().ToLowerInvariant()))
        {
            return (BoilerplateRules.Navigation, null);
        }

        var names = ClassAndId(element);
        if (names.Length == 0)
        {
            return (null, null);
        }

        if (BoilerplateRules.HiddenClass().IsMatch(names))
        {
            return (BoilerplateRules.Hidden, null);
        }

        if (BoilerplateRules.StrongContentClass().IsMatch(names))
        {
            return (null, null);
        }

        if (BoilerplateRules.CaptionClass().IsMatch(names))
        {
            return (BoilerplateRules.Caption, null);
        }

        if (BoilerplateRules.FurnitureClass().Match(names) is { Success: true } match)
        {
            return (BoilerplateRules.BoilerplateClass, WordAround(names, match.Index));
        }

        return (null, null);
    }

    /// <summary>The lower-cased class and id attributes, space separated.</summary>
    public static string ClassAndId(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        return (className, id) switch
        {
            (null, null) => string.Empty,
            (_, null) => className.ToLowerInvariant(),
            (null, _) => id.ToLowerInvariant(),
            _ => string.Concat(className, " ", id).ToLowerInvariant(),
        };
    }

    private static bool IsStrongMarker(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articlebody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var names = ClassAndId(element);
        return names.Length > 0 && BoilerplateRules.StrongContentClass().IsMatch(names);
    }

    /// <summary>The whole class or id word a match lies in ("share" in "story-share-bar" gives "story-share-bar").</summary>
    private static string WordAround(string names, int index)
    {
        var start = names.LastIndexOfAny([' ', '\t', '\n', '\r', '\f'], index) + 1;
        var stop = names.IndexOfAny([' ', '\t', '\n', '\r', '\f'], index);
        return names[start..(stop < 0 ? names.Length : stop)];
    }

    private static bool HasHidingStyle(string? style)
    {
        if (string.IsNullOrEmpty(style) || style.Length > 2000)
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private bool IsInvisibleText(int i)
    {
        var parent = Tree.Parent[i];
        return parent >= 0 && Tree.Tags[parent] is "script" or "style" or "template" or "title" or "noframes";
    }

    /// <summary>Characters of a text node as shown: runs of white space count as one.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (TextCollector.IsCollapsible(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }

        return length;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\u060c' or '\uff0c')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Elements that start a new block of text when rendered.</summary>
    public static bool IsBlockLevel(string tag) => tag is "p" or "div" or "section" or "article" or "main" or "aside"
        or "header" or "footer" or "nav" or "blockquote" or "pre" or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup" or "table" or "thead" or "tbody" or "tfoot"
        or "tr" or "caption" or "figure" or "figcaption" or "address" or "center" or "details" or "summary"
        or "fieldset" or "legend" or "form" or "hr" or "br" or "dialog" or "menu" or "dir" or "listing" or "plaintext" or "xmp";
}
