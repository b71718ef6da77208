using System.Collections.Immutable;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// Scores system claims against gold claims exactly as shared/tools/score_claims.py does: documents
/// paired by base name, claims of one kind paired greedily (most agreeing fields first, then gold
/// order, then system order) among those whose sentences overlap, then detection and strict counts,
/// field agreement on the pairs, and the document fields.
/// </summary>
public static class ClaimScorer
{
    private static readonly ImmutableArray<string> DocumentFields = ["published", "genre", "body_first", "body_last", "wire"];

    private const int BodyWords = 5;
    private const int MissSentenceLength = 120;

    /// <summary>Scores every gold document against the system document of the same name (none counts as empty).</summary>
    /// <exception cref="ClaimFormatException">A record holds a value of a type the reference scorer fails on.</exception>
    public static ClaimReport Score(ClaimDocuments gold, ClaimDocuments system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);

        var kinds = ClaimRules.Kinds.ToDictionary(k => k, k => new KindTally(), StringComparer.Ordinal);
        var documentAgreed = new int[DocumentFields.Length];
        var misses = ImmutableArray.CreateBuilder<ClaimMiss>();
        foreach (var (name, g) in gold.Records)
        {
            var s = system.TryGet(name, out var found) ? found : PyDict.Empty;
            try
            {
                for (var i = 0; i < DocumentFields.Length; i++)
                {
                    documentAgreed[i] += DocumentFieldAgrees(DocumentFields[i], g.Get(DocumentFields[i]), s.Get(DocumentFields[i])) ? 1 : 0;
                }

                ScoreClaims(name, Claims(g), Claims(s), kinds, misses);
            }
            catch (ClaimFormatException e)
            {
                throw new ClaimFormatException($"document {name}: {e.Message}");
            }
        }

        return new ClaimReport(
            [.. ClaimRules.Kinds.Select(k => kinds[k].ToScore(k))],
            [.. DocumentFields.Select((f, i) => new FieldTally(f, documentAgreed[i], gold.Count))],
            misses.ToImmutable());
    }

    private static void ScoreClaims(string name, IReadOnlyList<PyDict> gold, IReadOnlyList<PyDict> system, Dictionary<string, KindTally> kinds, ImmutableArray<ClaimMiss>.Builder misses)
    {
        foreach (var kind in ClaimRules.Kinds)
        {
            var kindName = new PyStr(kind);
            var gk = gold.Where(c => PyValue.PyEquals(c.Get("kind"), kindName)).ToList();
            var sk = system.Where(c => PyValue.PyEquals(c.Get("kind"), kindName)).ToList();
            var tally = kinds[kind];
            tally.Gold += gk.Count;
            tally.System += sk.Count;
            var pairs = Align(kind, gk, sk);
            tally.Found += pairs.Count;

            var matched = pairs.Select(p => p.Gold).ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var gc in gk.Where(c => !matched.Contains(c)))
            {
                misses.Add(new ClaimMiss(name, kind, "missed", MissSentence(gc)));
            }

            foreach (var (gc, sc) in pairs)
            {
                foreach (var field in ClaimRules.Fields.Where(f => ClaimRules.Applies(f, kind)))
                {
                    tally.Count(field, ClaimRules.FieldAgrees(field, gc, sc));
                }

                var bad = ClaimRules.Strict[kind].Where(f => !ClaimRules.FieldAgrees(f, gc, sc)).ToList();
                if (bad.Count == 0)
                {
                    tally.Strict++;
                }
                else
                {
                    misses.Add(new ClaimMiss(name, kind, "wrong " + string.Join(',', bad), MissSentence(gc)));
                }
            }
        }
    }

    /// <summary>
    /// Pairs claims of one kind: every gold/system pair whose sentences overlap is a candidate, scored
    /// by its number of agreeing fields; candidates are taken best first (ties by gold, then system
    /// index), each claim at most once. Pairs come back in the order they were taken.
    /// </summary>
    internal static IReadOnlyList<(PyDict Gold, PyDict System)> Align(string kind, IReadOnlyList<PyDict> gold, IReadOnlyList<PyDict> system)
    {
        var candidates = new List<(int Agree, int Gold, int System)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < system.Count; j++)
            {
                if (ClaimRules.SentencesOverlap(gold[i].Get("sentence"), system[j].Get("sentence")))
                {
                    var agree = ClaimRules.Fields.Count(f => ClaimRules.Applies(f, kind) && ClaimRules.FieldAgrees(f, gold[i], system[j]));
                    candidates.Add((agree, i, j));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedSystem = new HashSet<int>();
        var pairs = new List<(PyDict, PyDict)>();
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Agree).ThenBy(c => c.Gold).ThenBy(c => c.System))
        {
            if (usedGold.Contains(i) || usedSystem.Contains(j))
            {
                continue;
            }

            usedGold.Add(i);
            usedSystem.Add(j);
            pairs.Add((gold[i], system[j]));
        }

        return pairs;
    }

    private static bool DocumentFieldAgrees(string key, PyValue gold, PyValue system)
    {
        switch (key)
        {
            case "body_first" or "body_last":
                var gw = PyText.Split(PyText.Normalise(gold.StringOrEmpty($"\"{key}\"")));
                var sw = PyText.Split(PyText.Normalise(system.StringOrEmpty($"\"{key}\"")));
                var n = Math.Min(Math.Min(gw.Length, sw.Length), BodyWords);
                return n > 0 && (key == "body_first"
                    ? gw.AsSpan(0, n).SequenceEqual(sw.AsSpan(0, n))
                    : gw.AsSpan(gw.Length - n).SequenceEqual(sw.AsSpan(sw.Length - n)));
            case "wire":
                var gs = PyValue.Sorted(gold.Or(EmptyList), "\"wire\"");
                var ss = PyValue.Sorted(system.Or(EmptyList), "\"wire\"");
                return gs.Count == ss.Count && gs.Zip(ss).All(p => PyValue.PyEquals(p.First, p.Second));
            default:
                return PyValue.PyEquals(gold.Or(PyValue.None), system.Or(PyValue.None));
        }
    }

    private static readonly PyValue EmptyList = new PyList([]);

    // `record.get("claims") or []`, each of which must be a dict for `c.get("kind")`.
    private static IReadOnlyList<PyDict> Claims(PyDict record)
    {
        var claims = record.Get("claims");
        if (!claims.IsTruthy)
        {
            return [];
        }

        if (claims is not PyList list)
        {
            throw new ClaimFormatException($"\"claims\" is {claims.Describe()}, not a list of claim objects");
        }

        return [.. list.Items.Select(c => c as PyDict ?? throw new ClaimFormatException($"a claim is {c.Describe()}, not an object"))];
    }

    // `gc.get("sentence", "")[:120]`
    private static string MissSentence(PyDict claim) => !claim.TryGet("sentence", out var sentence)
        ? string.Empty
        : sentence is PyStr s
            ? PyText.Prefix(s.Value, MissSentenceLength)
            : throw new ClaimFormatException($"a claim's \"sentence\" is {sentence.Describe()}, not a string");

    private sealed class KindTally
    {
        private readonly int[] agreed = new int[ClaimRules.Fields.Length];
        private readonly int[] compared = new int[ClaimRules.Fields.Length];

        public int Gold { get; set; }

        public int System { get; set; }

        public int Found { get; set; }

        public int Strict { get; set; }

        public void Count(string field, bool agrees)
        {
            var i = ClaimRules.Fields.IndexOf(field);
            agreed[i] += agrees ? 1 : 0;
            compared[i]++;
        }

        public KindScore ToScore(string kind) => new(
            kind, Gold, System, Found, Strict, [.. ClaimRules.Fields.Select((f, i) => new FieldTally(f, agreed[i], compared[i]))]);
    }
}
