using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A gazetteer name found in a text: the half-open range of the text it covers (a hyphened or
/// capitalised article before it included: "al-Hasakah", "Ar Raqqah"), the folded key it matched,
/// how many folded words that key has, and the ids of the entries the key names.
/// </summary>
public readonly record struct NameMatch(TextRange Range, string Key, int Words, ImmutableArray<int> EntryIds);

/// <summary>
/// Finds every gazetteer name in a text in one pass: the text's words are folded one by one
/// (<see cref="NameFolding"/>) and fed to an Aho-Corasick automaton whose alphabet is the folded
/// words of the gazetteer's keys, so every key of up to <see cref="MaxWords"/> words is found in
/// time linear in the text (plus the matches), not by a look-up per word per name. Built once from a
/// gazetteer and then immutable and thread-safe.
/// </summary>
/// <remarks>
/// A match never runs across punctuation other than hyphens and dashes ("Deir, Ezzor" is no
/// match). All matches are reported, nested ones too ("Mosul" inside "Mosul Dam"): deciding between
/// them is recognition's job; <see cref="FindLongest"/> keeps the leftmost-longest ones.
/// </remarks>
public sealed class NameMatcher
{
    /// <summary>The most folded words a key may have to be matched.</summary>
    public const int MaxWords = 8;

    private const int Root = 0;

    private readonly Dictionary<string, int> vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly EdgeTable next;
    private readonly int[] fail;
    private readonly int[] outputLink;
    private readonly int[] depth;
    private readonly string?[] key;
    private readonly Gazetteer gazetteer;

    private NameMatcher(Gazetteer gazetteer, Dictionary<string, int> vocabulary, EdgeTable next, int[] fail, int[] outputLink, int[] depth, string?[] key)
    {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        words = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        this.next = next;
        this.fail = fail;
        this.outputLink = outputLink;
        this.depth = depth;
        this.key = key;
    }

    /// <summary>How many states the automaton has.</summary>
    public int StateCount => depth.Length;

    /// <summary>How many distinct folded words the keys are made of.</summary>
    public int WordCount => vocabulary.Count;

    /// <summary>Builds the automaton for every key of <paramref name="gazetteer"/> of up to <see cref="MaxWords"/> words.</summary>
    /// <remarks>
    /// Built with arrays, not dictionaries of boxed edges: the goto function is one open-addressing
    /// table from (state, word) to state, and a key's words are looked up as spans of the key, so a
    /// string is made only for a word not seen before. On the default data (PlacesBenchmarks, same
    /// machine) the working set after load went from 259 MB to 213 MB; the load-and-build time barely
    /// moved (458 → 438 ms mean), so the cold start is still over its 0.5 s target.
    /// </remarks>
    public static NameMatcher Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var vocabulary = new Dictionary<string, int>(gazetteer.KeyCount / 2, StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = new EdgeTable(gazetteer.KeyCount * 3 / 2);
        var depth = new List<int>(gazetteer.KeyCount * 3 / 2) { 0 };
        var key = new List<string?>(gazetteer.KeyCount * 3 / 2) { null };
        foreach (var k in gazetteer.Keys)
        {
            if (k.AsSpan().Count(' ') >= MaxWords)
            {
                continue;
            }

            var state = Root;
            var rest = k.AsSpan();
            while (true)
            {
                var space = rest.IndexOf(' ');
                var part = space < 0 ? rest : rest[..space];
                if (!lookup.TryGetValue(part, out var word))
                {
                    word = vocabulary.Count;
                    lookup.TryAdd(part, word);
                }

                var child = next.Get(state, word);
                if (child < 0)
                {
                    child = depth.Count;
                    next.Add(state, word, child);
                    depth.Add(depth[state] + 1);
                    key.Add(null);
                }

                state = child;
                if (space < 0)
                {
                    break;
                }

                rest = rest[(space + 1)..];
            }

            key[state] = k;
        }

        // Failure and output links, breadth first (a state's failure is shallower than the state),
        // over the children of each state laid out in one array.
        var count = depth.Count;
        var firstChild = new int[count + 1];
        foreach (var (parent, _, _) in next.Edges())
        {
            firstChild[parent + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            firstChild[i + 1] += firstChild[i];
        }

        var childWord = new int[firstChild[count]];
        var childState = new int[firstChild[count]];
        var fill = firstChild.AsSpan(0, count).ToArray();
        foreach (var (parent, word, child) in next.Edges())
        {
            var at = fill[parent]++;
            childWord[at] = word;
            childState[at] = child;
        }

        var fail = new int[count];
        var outputLink = new int[count];
        var queue = new int[count];
        var head = 0;
        var tail = 0;
        queue[tail++] = Root;
        while (head < tail)
        {
            var state = queue[head++];
            for (var c = firstChild[state]; c < firstChild[state + 1]; c++)
            {
                var word = childWord[c];
                var child = childState[c];
                var target = Root;
                if (state != Root)
                {
                    var f = fail[state];
                    while (true)
                    {
                        var t = next.Get(f, word);
                        if (t >= 0)
                        {
                            target = t;
                            break;
                        }

                        if (f == Root)
                        {
                            break;
                        }

                        f = fail[f];
                    }
                }

                fail[child] = target;
                outputLink[child] = key[target] is not null ? target : outputLink[target];
                queue[tail++] = child;
            }
        }

        return new NameMatcher(gazetteer, vocabulary, next, fail, outputLink, [.. depth], [.. key]);
    }

    /// <summary>
    /// Every gazetteer name in <paramref name="text"/>, ordered by start, and at the same start
    /// longest first.
    /// </summary>
    public ImmutableArray<NameMatch> Find(ReadOnlySpan<char> text, CancellationToken cancellationToken = default)
    {
        var found = new List<NameMatch>();
        var starts = new List<int>();
        var ends = new List<int>();
        var reader = new NameFolding.Reader(text, stackalloc char[NameFolding.MaxWord], stackalloc char[NameFolding.MaxWord]);
        var state = Root;
        var previousEnd = 0;
        while (reader.Next(out var folded, out var start, out var end))
        {
            if ((starts.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (state != Root && !SoftGap(text[previousEnd..start]))
            {
                state = Root;
            }

            var index = starts.Count;
            starts.Add(Extend(text, start, previousEnd));
            ends.Add(end);
            previousEnd = end;
            if (!words.TryGetValue(folded, out var word))
            {
                state = Root;
                continue;
            }

            state = Step(state, word);
            for (var s = key[state] is not null ? state : outputLink[state]; s != Root; s = outputLink[s])
            {
                var first = index - depth[s] + 1;
                found.Add(new NameMatch(new TextRange(starts[first], ends[index]), key[s]!, depth[s], gazetteer.Lookup(key[s])));
            }
        }

        found.Sort(static (a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : b.Range.End.CompareTo(a.Range.End));
        return [.. found];
    }

    /// <summary>The leftmost-longest matches: no two overlap, and a longer name wins over one it contains.</summary>
    public ImmutableArray<NameMatch> FindLongest(ReadOnlySpan<char> text, CancellationToken cancellationToken = default)
    {
        var all = Find(text, cancellationToken);
        var kept = ImmutableArray.CreateBuilder<NameMatch>();
        var reached = 0;
        foreach (var m in all)
        {
            if (m.Range.Start >= reached)
            {
                kept.Add(m);
                reached = m.Range.End;
            }
        }

        return kept.ToImmutable();
    }

    private int Step(int state, int word)
    {
        while (true)
        {
            var child = next.Get(state, word);
            if (child >= 0)
            {
                return child;
            }

            if (state == Root)
            {
                return Root;
            }

            state = fail[state];
        }
    }

    /// <summary>Only white space, hyphens, dashes and dropped articles lie between two words of one name.</summary>
    private static bool SoftGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '‑' or '–' or '—' or '\'' or '’' or 'ʿ' or 'ʾ' or '`'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A word's start, moved back over a dropped article just before it when the article belongs
    /// to the name: joined by a hyphen ("al-", "Ar-") or written as a capitalised word or as
    /// "al"/"el" ("Ar Raqqah", "al Qaim") — not the English "at", "as", "an" of "at Raqqa".
    /// </summary>
    private static int Extend(ReadOnlySpan<char> text, int start, int floor)
    {
        var i = start;
        while (i > floor && (text[i - 1] is ' ' or '-' or '‐' or '‑'))
        {
            i--;
        }

        if (i == start)
        {
            return start;
        }

        var hyphen = text[i..start].IndexOfAny('-', '‐', '‑') >= 0;
        var wordEnd = i;
        while (i > floor && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var article = text[i..wordEnd];
        if (article.Length is < 2 or > 3 || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || NameFolding.Fold(article).Length != 0)
        {
            return start;
        }

        return hyphen || char.IsUpper(article[0]) || article.Equals("al", StringComparison.OrdinalIgnoreCase) || article.Equals("el", StringComparison.OrdinalIgnoreCase)
            ? i
            : start;
    }

    /// <summary>
    /// The goto function: an open-addressing (linear probing) table from (state, word) to the
    /// child state, grown to keep it at most half full. Filled by <see cref="Create"/>, then only read.
    /// </summary>
    private sealed class EdgeTable
    {
        private const long Empty = -1;

        private long[] edges;
        private int[] children;
        private int shift;
        private int count;

        public EdgeTable(int expected)
        {
            var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, expected) * 2));
            edges = new long[1 << bits];
            children = new int[1 << bits];
            edges.AsSpan().Fill(Empty);
            shift = 64 - bits;
        }

        /// <summary>The child of <paramref name="state"/> by <paramref name="word"/>, or -1.</summary>
        public int Get(int state, int word)
        {
            var edge = Edge(state, word);
            var mask = edges.Length - 1;
            for (var i = Slot(edge); ; i = (i + 1) & mask)
            {
                var e = edges[i];
                if (e == edge)
                {
                    return children[i];
                }

                if (e == Empty)
                {
                    return -1;
                }
            }
        }

        public void Add(int state, int word, int child)
        {
            Debug.Assert(Get(state, word) < 0, "An edge is added once.");
            if ((count + 1) * 2 > edges.Length)
            {
                Grow();
            }

            Put(Edge(state, word), child);
            count++;
        }

        /// <summary>Every edge as (parent, word, child), in no particular order.</summary>
        public IEnumerable<(int Parent, int Word, int Child)> Edges()
        {
            for (var i = 0; i < edges.Length; i++)
            {
                if (edges[i] != Empty)
                {
                    yield return ((int)(edges[i] >> 32), (int)(uint)edges[i], children[i]);
                }
            }
        }

        private static long Edge(int state, int word) => ((long)state << 32) | (uint)word;

        private int Slot(long edge) => (int)(((ulong)edge * 0x9E3779B97F4A7C15UL) >> shift);

        private void Put(long edge, int child)
        {
            var mask = edges.Length - 1;
            var i = Slot(edge);
            while (edges[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            edges[i] = edge;
            children[i] = child;
        }

        private void Grow()
        {
            var oldEdges = edges;
            var oldChildren = children;
            edges = new long[oldEdges.Length * 2];
            children = new int[oldEdges.Length * 2];
            edges.AsSpan().Fill(Empty);
            shift--;
            for (var i = 0; i < oldEdges.Length; i++)
            {
                if (oldEdges[i] != Empty)
                {
                    Put(oldEdges[i], oldChildren[i]);
                }
            }
        }
    }
}
