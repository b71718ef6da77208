using AngleSharp.Dom;

namespace Sitrep.Html;

/// <summary>
/// The parsed page flattened into document (pre-)order: element and text nodes under the root
/// element, each with its parent and the end of its subtree, so that every later pass is a loop
/// over an array (forwards for top-down work, backwards for bottom-up sums) and none recurses.
/// </summary>
internal sealed class PageTree
{
    private PageTree(INode[] nodes, int[] parent, int[] end, string[] tags, int body)
    {
        Nodes = nodes;
        Parent = parent;
        End = end;
        Tags = tags;
        Body = body;
    }

    /// <summary>Element and text nodes in document order. Comments and other nodes are left out.</summary>
    public INode[] Nodes { get; }

    /// <summary>Index of each node's parent, -1 for the root element.</summary>
    public int[] Parent { get; }

    /// <summary>Exclusive end of each node's subtree: its descendants are the indices between.</summary>
    public int[] End { get; }

    /// <summary>Lower-case local name of each element; empty for text nodes.</summary>
    public string[] Tags { get; }

    /// <summary>Index of the body element (the root when the page has none).</summary>
    public int Body { get; }

    public int Count => Nodes.Length;

    public bool IsText(int i) => Tags[i].Length == 0;

    public IElement Element(int i) => (IElement)Nodes[i];

    /// <summary>The raw data of a text node.</summary>
    public string Text(int i) => ((ICharacterData)Nodes[i]).Data;

    public bool Contains(int ancestor, int node) => node >= ancestor && node < End[ancestor];

    /// <summary>Child indices of a node, in order.</summary>
    public IEnumerable<int> Children(int i)
    {
        for (var child = i + 1; child < End[i]; child = End[child])
        {
            yield return child;
        }
    }

    public static PageTree Build(IDocument document, CancellationToken cancellationToken)
    {
        var root = document.DocumentElement;
        var nodes = new List<INode>();
        var parents = new List<int>();
        var tags = new List<string>();
        var ends = new List<int>();
        var body = -1;

        // Explicit stack of (node index, next child position): no recursion however deep the page.
        var stack = new Stack<(int Index, int NextChild)>();
        Add(root, -1);
        stack.Push((0, 0));
        while (stack.Count > 0)
        {
            var (index, next) = stack.Pop();
            var children = nodes[index].ChildNodes;
            if (next >= children.Length)
            {
                ends[index] = nodes.Count;
                continue;
            }

            stack.Push((index, next + 1));
            var child = children[next];
            if (child.NodeType is not (NodeType.Element or NodeType.Text))
            {
                continue;
            }

            if ((nodes.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var childIndex = Add(child, index);
            if (child.NodeType == NodeType.Element)
            {
                stack.Push((childIndex, 0));
            }
            else
            {
                ends[childIndex] = childIndex + 1;
            }
        }

        return new PageTree([.. nodes], [.. parents], [.. ends], [.. tags], body < 0 ? 0 : body);

        int Add(INode node, int parent)
        {
            var index = nodes.Count;
            nodes.Add(node);
            parents.Add(parent);
            ends.Add(index + 1);
            var tag = node is IElement element ? element.LocalName.ToLowerInvariant() : string.Empty;
            tags.Add(tag);
            if (body < 0 && tag == "body")
            {
                body = index;
            }

            return index;
        }
    }
}
