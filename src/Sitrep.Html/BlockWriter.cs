namespace Sitrep.Html;

/// <summary>
/// Turns the chosen content into text blocks: paragraphs, headings (h2–h6), list items ("• item",
/// one line each, a list making one block) and quotations. Block-level elements and line breaks end
/// a block; inline markup joins its text. Then blocks that are mostly links or that are embedded
/// "Read more:" / "Related:" prompts are set aside as removals, and the headline is not repeated.
/// </summary>
internal sealed class BlockWriter
{
    /// <summary>A block whose links make up more than this share of its text is a link block.</summary>
    private const double MaxLinkDensity = 0.5;

    /// <summary>Longest block that a read-more label can open.</summary>
    private const int MaxReadMoreChars = 300;

    public const string Bullet = "• ";

    private readonly PageAnalysis _page;
    private readonly IReadOnlySet<int> _skip;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Block> _blocks = [];
    private readonly TextCollector _collector = new();
    private BlockKind _kind;
    private int _order;
    private int _list;

    private BlockWriter(PageAnalysis page, IReadOnlySet<int> skip, CancellationToken cancellationToken)
    {
        _page = page;
        _skip = skip;
        _cancellationToken = cancellationToken;
    }

    public enum BlockKind
    {
        Paragraph,
        Heading,
        ListItem,
        Quote,
        Headline,
    }

    /// <summary>A block of text as found, before filtering.</summary>
    public sealed record Block(BlockKind Kind, string Text, int LinkChars, int Order, int List);

    /// <summary>The kept paragraphs and what was set aside, with the figures that tell an article from an index.</summary>
    public sealed record Result(IReadOnlyList<string> Paragraphs, IReadOnlyList<PendingRemoval> Removals, int ProseChars, int LongestProse, int ProseBlocks, int LinkHeadings)
    {
        /// <summary>Document-order index of the first kept paragraph, or int.MaxValue.</summary>
        public int FirstOrder { get; init; } = int.MaxValue;
    }

    /// <summary>
    /// Writes the blocks of <paramref name="roots"/>, leaving out the nodes in <paramref name="skip"/>
    /// (the standfirst, shown separately) and any h1 (the headline) or block that repeats <paramref name="title"/>.
    /// </summary>
    public static Result Write(PageAnalysis page, IReadOnlyList<int> roots, IReadOnlySet<int> skip, string? title, CancellationToken cancellationToken)
    {
        var writer = new BlockWriter(page, skip, cancellationToken);
        foreach (var root in roots)
        {
            if (!skip.Contains(root))
            {
                writer.Walk(root);
            }
        }

        return Filter(writer._blocks, title);
    }

    private void Walk(int root)
    {
        var tree = _page.Tree;

        // Open block elements and links: (end of subtree, index).
        var open = new Stack<(int End, int Index)>();
        var linkDepth = 0;
        for (var i = root; i < tree.End[root]; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            while (open.Count > 0 && open.Peek().End <= i)
            {
                var closed = open.Pop().Index;
                if (tree.Tags[closed] == "a")
                {
                    linkDepth--;
                }
                else if (tree.Tags[closed] is "td" or "th")
                {
                    _collector.Space();
                }
                else
                {
                    Flush();
                }
            }

            if (i != root && (_page.IsDropRoot(i) || _skip.Contains(i)))
            {
                _collector.Space();
                i = tree.End[i] - 1;
                continue;
            }

            if (tree.IsText(i))
            {
                if (_collector.Length == 0)
                {
                    Begin(open, i);
                }

                _collector.Append(tree.Text(i), linkDepth > 0);
                continue;
            }

            var tag = tree.Tags[i];
            switch (tag)
            {
                case "br" or "hr":
                    Flush();
                    continue;
                case "a":
                    linkDepth++;
                    open.Push((tree.End[i], i));
                    continue;
                case "td" or "th":
                    _collector.Space();
                    open.Push((tree.End[i], i));
                    continue;
                case "script" or "style" or "template":
                    i = tree.End[i] - 1;
                    continue;
            }

            if (PageAnalysis.IsBlockLevel(tag))
            {
                Flush();
                open.Push((tree.End[i], i));
            }
        }

        Flush();
    }

    /// <summary>Sets the kind of the block that the text at <paramref name="at"/> opens, from the open elements.</summary>
    private void Begin(Stack<(int End, int Index)> open, int at)
    {
        _kind = BlockKind.Paragraph;
        _order = at;
        _list = -1;
        var innermostSeen = false;
        var listDecided = false;
        foreach (var (_, index) in open)
        {
            var tag = _page.Tree.Tags[index];
            if (tag is "a" or "td" or "th")
            {
                continue;
            }

            if (!innermostSeen)
            {
                innermostSeen = true;
                _kind = tag switch
                {
                    "h1" => BlockKind.Headline,
                    "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
                    _ => BlockKind.Paragraph,
                };
            }

            switch (tag)
            {
                case "li" when !listDecided:
                    listDecided = true;
                    if (_kind == BlockKind.Paragraph)
                    {
                        _kind = BlockKind.ListItem;
                    }

                    break;
                case "ul" or "ol":
                    // Text straight inside a list, outside any item, stays a paragraph. The outermost
                    // list wins: nested lists join their parent's block.
                    listDecided = true;
                    _list = index;
                    break;
                case "blockquote" when _kind == BlockKind.Paragraph:
                    _kind = BlockKind.Quote;
                    break;
            }
        }

        if (_kind == BlockKind.ListItem && _list < 0)
        {
            _list = _order;
        }
    }

    private void Flush()
    {
        if (_collector.HasVisibleText)
        {
            _blocks.Add(new Block(_kind, _collector.ToString(), _collector.LinkChars, _order, _kind == BlockKind.ListItem ? _list : -1));
        }

        _collector.Clear();
    }

    private static Result Filter(List<Block> blocks, string? title)
    {
        var paragraphs = new List<string>();
        var removals = new List<PendingRemoval>();
        int proseChars = 0, longest = 0, proseBlocks = 0, linkHeadings = 0;
        var firstOrder = int.MaxValue;
        var normalTitle = title is null ? null : Normalise(title);

        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];

            // A list is judged as a whole: its items, one line each, make one paragraph.
            var stop = i + 1;
            if (block.Kind == BlockKind.ListItem)
            {
                while (stop < blocks.Count && blocks[stop].Kind == BlockKind.ListItem && blocks[stop].List == block.List)
                {
                    stop++;
                }
            }

            var group = blocks.GetRange(i, stop - i);
            i = stop;
            var text = block.Kind == BlockKind.ListItem
                ? string.Join("\n", group.Select(item => Bullet + item.Text))
                : block.Text;
            var length = group.Sum(item => item.Text.Length);
            var density = (double)group.Sum(item => item.LinkChars) / Math.Max(1, length);

            if (normalTitle is not null && block.Kind != BlockKind.ListItem && Normalise(block.Text) == normalTitle)
            {
                continue;
            }

            if (block.Kind == BlockKind.Headline)
            {
                removals.Add(new PendingRemoval(block.Order, BoilerplateRules.Headline, null, text));
                continue;
            }

            if (length <= MaxReadMoreChars && BoilerplateRules.ReadMoreLabel().IsMatch(block.Text))
            {
                removals.Add(new PendingRemoval(block.Order, BoilerplateRules.ReadMore, null, text));
                continue;
            }

            if (density > MaxLinkDensity)
            {
                removals.Add(new PendingRemoval(block.Order, BoilerplateRules.LinkDense, null, text));
                if (block.Kind == BlockKind.Heading)
                {
                    linkHeadings++;
                }

                continue;
            }

            paragraphs.Add(text);
            firstOrder = Math.Min(firstOrder, block.Order);
            if (block.Kind is BlockKind.Paragraph or BlockKind.Quote)
            {
                proseChars += length;
                proseBlocks++;
                longest = Math.Max(longest, length);
            }
        }

        return new Result(paragraphs, removals, proseChars, longest, proseBlocks, linkHeadings) { FirstOrder = firstOrder };
    }

    /// <summary>Text compared case-insensitively, ignoring white space and punctuation.</summary>
    public static string Normalise(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}

/// <summary>A removal before its excerpt is cut, with its document-order index for sorting.</summary>
internal sealed record PendingRemoval(int Order, string Rule, string? Detail, string Text);
