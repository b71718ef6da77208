using System.Collections.Immutable;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The last resort for a name the text shows to be a place ("the village of Kweyris", "near Khan
/// Touman") that no key of the gazetteer spells even after folding: the keys within a small edit
/// distance of its folded form ("kuwayris", "khan tuman"), scored by similarity, among the places of
/// the article's country. Each country's keys are bucketed by first letter and length, so a look-up
/// compares the name with a few hundred keys, not half a million; a country's buckets are built on
/// its first look-up and then shared (thread-safe).
/// </summary>
internal sealed class FuzzyNames
{
    /// <summary>Folded names shorter than this are not guessed at: one edit in four letters is another name.</summary>
    public const int ShortestName = 5;

    /// <summary>The lowest similarity (1 − edits ÷ longer length) accepted: one edit in seven letters, two in fourteen.</summary>
    public const double LowestScore = 0.85;

    /// <summary>Folded names longer than this are not guessed at (no place's two-word name is; the edit-distance rows live on the stack).</summary>
    public const int LongestName = 64;

    /// <summary>Names of this many words or more are not guessed at.</summary>
    public const int MostWords = 3;

    private readonly Gazetteer gazetteer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<(char First, int Length), int[]>> byCountry = new(StringComparer.Ordinal);

    public FuzzyNames(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    /// <summary>A country's keys by first letter and length, built on the first look-up in that country.</summary>
    private Dictionary<(char First, int Length), int[]> Buckets(string country) => byCountry.GetOrAdd(country, c =>
    {
        var lists = new Dictionary<(char, int), List<int>>();
        var pool = gazetteer.KeyPool;
        for (var k = 0; k < pool.Count; k++)
        {
            var key = pool[k];
            if (key.Length < ShortestName - 1 || !gazetteer.IdsOf(k).Any(id => gazetteer.CountryOf(id) == c))
            {
                continue;
            }

            var slot = (key[0], key.Length);
            if (!lists.TryGetValue(slot, out var list))
            {
                lists[slot] = list = [];
            }

            list.Add(k);
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    });

    /// <summary>
    /// The entries in <paramref name="country"/> of the keys nearest to <paramref name="folded"/>
    /// (ties all kept) and their similarity, or empty when none is near enough: at most one edit below eight letters, two from
    /// eight on, and never a different first letter.
    /// </summary>
    public (ImmutableArray<int> Ids, double Score) Find(ReadOnlySpan<char> folded, string country)
    {
        // Not a long run of capitalised words ("Syrias Aleppo Monitor", "Terrorist Rocket Attacks"): misspelt place names are one or two words.
        if (folded.Length < ShortestName || folded.Length > LongestName || folded.Count(' ') >= MostWords - 1)
        {
            return ([], 0);
        }

        var most = folded.Length < 8 ? 1 : 2;
        var best = most + 1;
        var nearest = new List<int>();
        Span<int> row = stackalloc int[folded.Length + 1];
        Span<int> previous = stackalloc int[folded.Length + 1];
        var buckets = Buckets(country);
        // The name's letters, counted (by their low six bits: merging letters only loosens the bound below).
        Span<int> letters = stackalloc int[64];
        Span<int> left = stackalloc int[64];
        foreach (var ch in folded)
        {
            letters[ch & 63]++;
        }

        {
            for (var length = folded.Length - most; length <= folded.Length + most; length++)
            {
                if (!buckets.TryGetValue((folded[0], length), out var keys))
                {
                    continue;
                }

                foreach (var k in keys)
                {
                    // Every edit changes at most two letter counts: keys whose letters differ by more than twice the limit are skipped unmeasured.
                    var candidate = gazetteer.KeyPool[k];
                    letters.CopyTo(left);
                    var extra = 0;
                    foreach (var ch in candidate)
                    {
                        if (left[ch & 63] > 0)
                        {
                            left[ch & 63]--;
                        }
                        else
                        {
                            extra++;
                        }
                    }

                    var limit = Math.Min(best, most);
                    if (extra + (folded.Length - (candidate.Length - extra)) > 2 * limit)
                    {
                        continue;
                    }

                    var d = Distance(folded, candidate, limit, row, previous);
                    if (d < best)
                    {
                        best = d;
                        nearest.Clear();
                    }

                    if (d == best && d <= most && !nearest.Contains(k))
                    {
                        nearest.Add(k);
                    }
                }
            }
        }

        if (nearest.Count == 0 || best == 0)
        {
            return ([], 0);
        }

        var longest = folded.Length;
        foreach (var k in nearest)
        {
            longest = Math.Max(longest, gazetteer.KeyPool[k].Length);
        }

        var score = 1 - ((double)best / longest);
        if (score < LowestScore)
        {
            return ([], 0);
        }

        var ids = nearest.SelectMany(k => gazetteer.IdsOf(k)).Distinct().Where(id => gazetteer.CountryOf(id) == country).ToImmutableArray();
        return (ids, score);
    }

    /// <summary>Levenshtein distance, given up (returning <paramref name="limit"/> + 1) once every path exceeds the limit.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit, Span<int> row, Span<int> previous)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        for (var i = 0; i <= a.Length; i++)
        {
            previous[i] = i;
        }

        for (var j = 1; j <= b.Length; j++)
        {
            row[0] = j;
            var smallest = row[0];
            for (var i = 1; i <= a.Length; i++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                row[i] = Math.Min(Math.Min(row[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
                smallest = Math.Min(smallest, row[i]);
            }

            if (smallest > limit)
            {
                return limit + 1;
            }

            row.CopyTo(previous);
        }

        return Math.Min(previous[a.Length], limit + 1);
    }
}
