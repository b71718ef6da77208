using System.Collections.Immutable;
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
    private readonly Dictionary<long, int> next;
    private readonly int[] fail;
    private readonly int[] outputLink;
    private readonly int[] depth;
    private readonly string?[] key;
    private readonly Gazetteer gazetteer;

    private NameMatcher(Gazetteer gazetteer, Dictionary<string, int> vocabulary, Dictionary<long, int> next, int[] fail, int[] outputLink, int[] depth, string?[] key)
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
    public static NameMatcher Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var vocabulary = new Dictionary<string, int>(gazetteer.KeyCount, StringComparer.Ordinal);
        var next = new Dictionary<long, int>(gazetteer.KeyCount * 5 / 4);
        var depth = new List<int>(gazetteer.KeyCount * 5 / 4) { 0 };
        var key = new List<string?>(gazetteer.KeyCount * 5 / 4) { null };
        foreach (var k in gazetteer.Keys)
        {
            var parts = k.Split(' ');
            if (parts.Length > MaxWords)
            {
                continue;
            }

            var state = Root;
            foreach (var part in parts)
            {
                if (!vocabulary.TryGetValue(part, out var word))
                {
                    word = vocabulary.Count;
                    vocabulary[part] = word;
                }

                var edge = Edge(state, word);
                if (!next.TryGetValue(edge, out var child))
                {
                    child = depth.Count;
                    next[edge] = child;
                    depth.Add(depth[state] + 1);
                    key.Add(null);
                }

                state = child;
            }

            key[state] = k;
        }

        // Failure and output links, breadth first (a state's failure is shallower than the state).
        var count = depth.Count;
        var fail = new int[count];
        var outputLink = new int[count];
        var children = new List<(int Word, int Child)>[count];
        foreach (var (edge, child) in next)
        {
            var parent = (int)(edge >> 32);
            (children[parent] ??= []).Add(((int)(uint)edge, child));
        }

        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            if (children[state] is not { } list)
            {
                continue;
            }

            foreach (var (word, child) in list)
            {
                var f = fail[state];
                var target = Root;
                if (state != Root)
                {
                    while (true)
                    {
                        if (next.TryGetValue(Edge(f, word), out var t))
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
                queue.Enqueue(child);
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
            if (next.TryGetValue(Edge(state, word), out var child))
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

    private static long Edge(int state, int word) => ((long)state << 32) | (uint)word;

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
