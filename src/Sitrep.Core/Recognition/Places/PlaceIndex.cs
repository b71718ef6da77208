using System.Runtime.CompilerServices;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A gazetteer with the name matcher built from its keys: what the places stage needs, built once
/// per gazetteer and shared (immutable and thread-safe). The default one is loaded on first use.
/// </summary>
public sealed class PlaceIndex
{
    private static readonly Lazy<PlaceIndex> DefaultIndex = new(() => new PlaceIndex(Gazetteer.LoadDefault()), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConditionalWeakTable<Gazetteer, PlaceIndex> Built = [];

    private readonly string?[] ownKeys;
    private readonly Lazy<FuzzyNames> fuzzy;

    private PlaceIndex(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Matcher = gazetteer.Matcher;
        ownKeys = new string?[gazetteer.Entries.Count];
        fuzzy = new Lazy<FuzzyNames>(() => new FuzzyNames(gazetteer), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The approximate look-up of names no key spells, built on first use.</summary>
    internal FuzzyNames Fuzzy => fuzzy.Value;

    /// <summary>The folded key of an entry's own name (made on first request and kept; two threads making it is harmless).</summary>
    public string OwnKey(int entryId) => ownKeys[entryId] ??= NameFolding.Fold(Gazetteer.Entries[entryId].Name);

    /// <summary>The index of the default gazetteer (data/sitrep-gazetteer.bin beside the application).</summary>
    public static PlaceIndex Default => DefaultIndex.Value;

    public Gazetteer Gazetteer { get; }

    public NameMatcher Matcher { get; }

    /// <summary>The index of <paramref name="gazetteer"/>, built on first request and then reused.</summary>
    public static PlaceIndex For(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return Built.GetValue(gazetteer, g => new PlaceIndex(g));
    }
}
