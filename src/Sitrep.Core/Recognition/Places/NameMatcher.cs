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

    private readonly Gazetteer gazetteer;
    private readonly SpanTable words;
    private readonly int[] rootChild;
    private readonly int[] firstChild;
    private readonly int[] childWord;
    private readonly int[] fail;
    private readonly int[] outputLink;
    private readonly byte[] depth;
    private readonly int[] keyOf;

    /// <summary>
    /// The automaton as flat arrays (what the compiled gazetteer stores): states are numbered breadth
    /// first, so the children of a state are consecutive states and the edge at index e of
    /// <paramref name="childWord"/> leads to state e + 1; <paramref name="firstChild"/> holds each
    /// state's first edge (and one more, the edge count), its children's words ascending.
    /// <paramref name="rootChild"/> is the root's child by each word (0 for none), the one state with
    /// too many children to search. <paramref name="keyOf"/> is the gazetteer key a state spells
    /// (-1 for none); failure and output links point to shallower, so smaller, states.
    /// </summary>
    internal NameMatcher(Gazetteer gazetteer, SpanTable words, int[] rootChild, int[] firstChild, int[] childWord, int[] fail, int[] outputLink, byte[] depth, int[] keyOf)
    {
        Debug.Assert(firstChild.Length == depth.Length + 1 && childWord.Length == depth.Length - 1, "Every state but the root has one parent.");
        this.gazetteer = gazetteer;
        this.words = words;
        this.rootChild = rootChild;
        this.firstChild = firstChild;
        this.childWord = childWord;
        this.fail = fail;
        this.outputLink = outputLink;
        this.depth = depth;
        this.keyOf = keyOf;
    }

    /// <summary>How many states the automaton has.</summary>
    public int StateCount => depth.Length;

    /// <summary>How many distinct folded words the keys are made of.</summary>
    public int WordCount => words.Pool.Count;

    internal SpanTable Words => words;

    internal int[] RootChild => rootChild;

    internal int[] FirstChild => firstChild;

    internal int[] ChildWord => childWord;

    internal int[] Fail => fail;

    internal int[] OutputLink => outputLink;

    internal byte[] Depth => depth;

    internal int[] KeyOf => keyOf;

    /// <summary>Builds the automaton for every key of <paramref name="gazetteer"/> of up to <see cref="MaxWords"/> words.</summary>
    /// <remarks>
    /// Run when a gazetteer is built (import, the builder tool, tests); a compiled file stores the
    /// result, so loading one builds nothing. The trie is first built with a hash of edges, then
    /// renumbered breadth first into the flat form, whose failure links are then computed.
    /// </remarks>
    public static NameMatcher Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var keys = gazetteer.KeyPool;
        var vocabulary = new Dictionary<string, int>(keys.Count / 2, StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var wordList = new List<string>(keys.Count / 2);
        var edges = new Dictionary<long, int>(keys.Count * 3 / 2);
        var trieKey = new List<int>(keys.Count * 3 / 2) { -1 };
        for (var k = 0; k < keys.Count; k++)
        {
            var rest = keys[k];
            if (rest.Count(' ') >= MaxWords)
            {
                continue;
            }

            var state = Root;
            while (true)
            {
                var space = rest.IndexOf(' ');
                var part = space < 0 ? rest : rest[..space];
                if (!lookup.TryGetValue(part, out var word))
                {
                    word = wordList.Count;
                    var text = part.ToString();
                    vocabulary.Add(text, word);
                    wordList.Add(text);
                }

                var edge = ((long)state << 32) | (uint)word;
                if (!edges.TryGetValue(edge, out var child))
                {
                    child = trieKey.Count;
                    edges.Add(edge, child);
                    trieKey.Add(-1);
                }

                state = child;
                if (space < 0)
                {
                    break;
                }

                rest = rest[(space + 1)..];
            }

            trieKey[state] = k;
        }

        // The trie's children by parent, words ascending.
        var count = trieKey.Count;
        var trieFirst = new int[count + 1];
        foreach (var edge in edges.Keys)
        {
            trieFirst[(int)(edge >> 32) + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            trieFirst[i + 1] += trieFirst[i];
        }

        var trieChildren = new long[edges.Count];
        var fill = trieFirst.AsSpan(0, count).ToArray();
        foreach (var (edge, child) in edges)
        {
            trieChildren[fill[(int)(edge >> 32)]++] = ((long)(uint)edge << 32) | (uint)child;
        }

        for (var i = 0; i < count; i++)
        {
            trieChildren.AsSpan(trieFirst[i], trieFirst[i + 1] - trieFirst[i]).Sort();
        }

        // Breadth-first renumbering: the queue order is the new numbering.
        var queue = new int[count];
        var firstChild = new int[count + 1];
        var childWord = new int[count - 1];
        var depth = new byte[count];
        var keyOf = new int[count];
        var head = 0;
        var tail = 1;
        queue[0] = Root;
        while (head < tail)
        {
            var s = head;
            var old = queue[head++];
            firstChild[s] = tail - 1;
            keyOf[s] = trieKey[old];
            for (var c = trieFirst[old]; c < trieFirst[old + 1]; c++)
            {
                childWord[tail - 1] = (int)(trieChildren[c] >> 32);
                depth[tail] = (byte)(depth[s] + 1);
                queue[tail++] = (int)(uint)trieChildren[c];
            }
        }

        firstChild[count] = count - 1;
        var rootChild = new int[wordList.Count];
        for (var e = firstChild[Root]; e < firstChild[Root + 1]; e++)
        {
            rootChild[childWord[e]] = e + 1;
        }

        // Failure and output links, breadth first (a state's failure is shallower than the state).
        var fail = new int[count];
        var outputLink = new int[count];
        var matcher = new NameMatcher(gazetteer, SpanTable.Build(StringPool.From(wordList)), rootChild, firstChild, childWord, fail, outputLink, depth, keyOf);
        for (var s = 0; s < count; s++)
        {
            for (var e = firstChild[s]; e < firstChild[s + 1]; e++)
            {
                var word = childWord[e];
                var child = e + 1;
                var target = Root;
                if (s != Root)
                {
                    var f = fail[s];
                    while (true)
                    {
                        var t = matcher.Get(f, word);
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
                outputLink[child] = keyOf[target] >= 0 ? target : outputLink[target];
            }
        }

        return matcher;
    }

    /// <summary>Whether arrays read from a file form an automaton over <paramref name="wordCount"/> words and <paramref name="keyCount"/> keys that <see cref="Find"/> can run without going out of bounds or round in circles.</summary>
    internal static bool IsValid(int wordCount, int keyCount, int[] rootChild, int[] firstChild, int[] childWord, int[] fail, int[] outputLink, byte[] depth, int[] keyOf)
    {
        var count = depth.Length;
        if (count == 0 || rootChild.Length != wordCount || firstChild.Length != count + 1 || childWord.Length != count - 1
            || fail.Length != count || outputLink.Length != count || keyOf.Length != count || firstChild[0] != 0 || firstChild[count] != count - 1)
        {
            return false;
        }

        // Links to shallower states only, and a child one word deeper than its parent: a match then
        // never spans more words than were read.
        if (depth[Root] != 0)
        {
            return false;
        }

        for (var s = 0; s < count; s++)
        {
            if (firstChild[s + 1] < firstChild[s])
            {
                return false;
            }
        }

        for (var s = 0; s < count; s++)
        {
            if (keyOf[s] < -1 || keyOf[s] >= keyCount
                || (s > 0 && ((uint)fail[s] >= (uint)s || (uint)outputLink[s] >= (uint)s || depth[fail[s]] >= depth[s] || depth[outputLink[s]] >= depth[s])))
            {
                return false;
            }

            // An output link leads to a state that spells a key, or to the root: the matcher reports every state it reaches.
            if (s > 0 && outputLink[s] != Root && keyOf[outputLink[s]] < 0)
            {
                return false;
            }

            for (var e = firstChild[s]; e < firstChild[s + 1]; e++)
            {
                if ((uint)childWord[e] >= (uint)wordCount || depth[e + 1] != depth[s] + 1 || depth[e + 1] > MaxWords)
                {
                    return false;
                }
            }
        }

        for (var w = 0; w < rootChild.Length; w++)
        {
            var c = rootChild[w];
            if (c != 0 && ((uint)(c - 1) >= (uint)firstChild[Root + 1] || childWord[c - 1] != w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most words whose scratch lists a thread keeps between articles.</summary>
    private const int MaxKeptScratch = 1 << 16;

    [ThreadStatic]
    private static List<NameMatch>? scratchFound;

    [ThreadStatic]
    private static List<int>? scratchStarts;

    [ThreadStatic]
    private static List<int>? scratchEnds;

    /// <summary>
    /// Every gazetteer name in <paramref name="text"/>, ordered by start, and at the same start
    /// longest first.
    /// </summary>
    public ImmutableArray<NameMatch> Find(ReadOnlySpan<char> text, CancellationToken cancellationToken = default)
    {
        // Scratch lists kept per thread (the matcher itself stays immutable and shared): an article's pass allocates only its result.
        var found = scratchFound ??= [];
        var starts = scratchStarts ??= [];
        var ends = scratchEnds ??= [];
        found.Clear();
        starts.Clear();
        ends.Clear();
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
            var word = words.Find(folded);
            if (word < 0)
            {
                state = Root;
                continue;
            }

            state = Step(state, word);
            for (var s = keyOf[state] >= 0 ? state : outputLink[state]; s != Root; s = outputLink[s])
            {
                var first = index - depth[s] + 1;
                found.Add(new NameMatch(new TextRange(starts[first], ends[index]), gazetteer.KeyPool.String(keyOf[s]), depth[s], gazetteer.IdsOf(keyOf[s])));
            }
        }

        found.Sort(static (a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : b.Range.End.CompareTo(a.Range.End));
        ImmutableArray<NameMatch> result = [.. found];
        if (starts.Capacity > MaxKeptScratch)
        {
            // A huge text's lists are not kept for the thread's next article.
            (scratchFound, scratchStarts, scratchEnds) = (null, null, null);
        }

        return result;
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

    /// <summary>The child of <paramref name="state"/> by <paramref name="word"/>, or -1.</summary>
    private int Get(int state, int word)
    {
        if (state == Root)
        {
            var child = rootChild[word];
            return child == 0 ? -1 : child;
        }

        var first = firstChild[state];
        var at = childWord.AsSpan(first, firstChild[state + 1] - first).BinarySearch(word);
        return at < 0 ? -1 : first + at + 1;
    }

    private int Step(int state, int word)
    {
        while (true)
        {
            var child = Get(state, word);
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
}
