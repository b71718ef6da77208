using System.Collections.Frozen;

namespace Sitrep.Claims.Attribution;

/// <summary>The word lists attribution, hedging and negation are decided by, each named for `explain`.</summary>
internal static class Lexicons
{
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "estimated", "estimates", "predicted", "predicts",
        "argued", "argues", "noted", "notes", "explained", "explains", "wrote", "writes", "insisted", "insists", "stressed", "stresses",
        "claimed", "claims", "reported", "reports", "stated", "states", "confirmed", "confirms", "denied", "denies", "acknowledged",
        "believe", "believes", "believed", "think", "thinks", "expect", "expects", "expected", "put", "cited", "quoted", "recorded",
        "documented", "counted", "tallied", "according", "worry", "worries", "fear", "fears", "estimate");

    /// <summary>Forms of "be" that make a following participle passive ("is expected to", "are believed to").</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set("is", "are", "was", "were", "be", "been", "being", "'s", "’s");

    /// <summary>Nouns that refer back to the last source ("the source added", "the official said").</summary>
    public static readonly FrozenSet<string> AnaphoricSources = Set("source", "official", "spokesman", "spokeswoman", "spokesperson", "monitor", "observatory", "statement", "commander", "officer", "activist", "resident", "witness", "sources", "officials", "activists", "residents", "witnesses");

    /// <summary>Verbs that report a count or an assessment ("estimated", "put the range") and so also hedge.</summary>
    public static readonly FrozenSet<string> HedgingReportVerbs = Set("estimated", "estimates", "believes", "believed", "thinks", "claimed", "claims", "expects", "expected");

    public static readonly FrozenSet<string> HedgeWords = Set(
        "estimated", "estimate", "estimates", "believed", "believe", "believes", "expected", "expects", "expect", "likely", "unlikely",
        "probably", "possibly", "perhaps", "may", "might", "could", "appear", "appears", "appeared", "apparently", "reportedly", "allegedly",
        "purportedly", "suspected", "presumably", "seem", "seems", "seemed", "worry", "worried", "fear", "feared", "fears", "thought");

    public static readonly FrozenSet<string> NegationWords = Set(
        "not", "no", "never", "none", "nor", "neither", "without", "unlikely", "n't", "cannot", "nobody", "nothing", "nowhere");

    /// <summary>Singular pronouns that refer back to the last speaker ("they" is left alone: it is rarely one source).</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she");

    /// <summary>Words that open a new clause, where a new subject may start.</summary>
    public static readonly FrozenSet<string> ClauseBoundaries = Set(",", ";", ":", "and", "but", "while", "whereas", "because", "as", "although", "though");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a token as written is in <paramref name="set"/>, without allocating.</summary>
    public static bool Has(this FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
