using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Recognition.Places;

/// <summary>Where a gazetteer entry comes from.</summary>
public enum GazetteerSource : byte
{
    GeoNames,
    Sitrep,
}

/// <summary>
/// One place of the gazetteer: its id (its index in <see cref="Gazetteer.Entries"/>), the name it is
/// reported under, the folded keys it is found by, coordinates, the GeoNames feature class and code
/// (empty for places of the Sitrep supplement without one), country (ISO 3166 alpha-2), admin-1 code
/// ("SY.07") and name ("Deir ez-Zor"), population (0 when unknown), level, source and GeoNames id.
/// </summary>
public sealed record GazetteerEntry(
    int Id,
    string Name,
    ImmutableArray<string> Keys,
    double Lat,
    double Lon,
    string FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    string Admin1Name,
    long Population,
    PlaceLevel Level,
    GazetteerSource Source,
    int? GeoNamesId);

/// <summary>
/// A read-only gazetteer: entries and a hashed index from folded name (<see cref="NameFolding"/>) to the
/// entries it may name. Compiled by a tool (tools/Sitrep.GazetteerBuilder, `sitrep gazetteer
/// import`) into a compact binary file and loaded with <see cref="Load"/>; thread-safe.
/// </summary>
/// <remarks>
/// The file (little-endian, integers 7-bit encoded unless stated, optionally gzip-compressed as a
/// whole): the magic "SRGZ"; format version; the version of the folding rules the keys were made
/// by (<see cref="NameFolding.Version"/>); data version (string); a string table (count, then
/// length-prefixed UTF-8 strings — every name, code and key once);
/// the entry count; the name index (count, then per key: key string index, entry count, entry ids
/// as ascending deltas); the entries (per entry: name, latitude and longitude in 1e-5 degree as
/// int32, feature class, feature code, country, admin-1 code, admin-1 name — string-table indexes —
/// population, level byte, source byte, GeoNames id or 0). Keys of an entry are not stored: they
/// are the index read backwards. The index comes first so it is hashed while entries are read.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The version of the file format this code reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The default file's name, beside the application in data/.</summary>
    public const string DefaultFileName = "sitrep-gazetteer.bin";

    /// <summary>Coordinates are stored in units of 1e-5 degree (about a metre), GeoNames' own precision.</summary>
    private const double Scale = 1e5;

    private static ReadOnlySpan<byte> Magic => "SRGZ"u8;

    // The name index is a Dictionary filled once at construction and never changed after (private,
    // so the Gazetteer stays immutable), looked up by span through its alternate lookup. Not a
    // FrozenDictionary: freezing the default data's 516k keys measured 180–320 ms against 65–100 ms
    // for the Dictionary (2 cores), most of the 0.5 s load budget; and the lookups freezing would
    // speed up are few, since text goes through the NameMatcher's automaton instead.
    private readonly Dictionary<string, ImmutableArray<int>> index;
    private readonly Dictionary<string, ImmutableArray<int>>.AlternateLookup<ReadOnlySpan<char>> byKey;

    internal Gazetteer(string dataVersion, IReadOnlyList<GazetteerEntry> entries, Dictionary<string, ImmutableArray<int>> index)
    {
        DataVersion = dataVersion;
        Entries = entries;
        this.index = index;
        byKey = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What the data is and when it was compiled from what (recorded with every resolution).</summary>
    public string DataVersion { get; }

    /// <summary>Every entry; an entry's <see cref="GazetteerEntry.Id"/> is its index here.</summary>
    /// <remarks>Entries of a loaded file are made on first access (most are never needed).</remarks>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>How many distinct folded keys the index holds.</summary>
    public int KeyCount => index.Count;

    /// <summary>Every folded key of the index (for building a matcher).</summary>
    public IEnumerable<string> Keys => index.Keys;

    /// <summary>The ids of the entries a folded key names; empty when none.</summary>
    public ImmutableArray<int> Lookup(ReadOnlySpan<char> foldedKey) =>
        byKey.TryGetValue(foldedKey, out var ids) ? ids : [];

    /// <summary>The entries a name (as written: any spelling) may refer to.</summary>
    public IEnumerable<GazetteerEntry> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Lookup(NameFolding.Fold(name)).Select(id => Entries[id]);
    }

    /// <summary>The default gazetteer, data/sitrep-gazetteer.bin beside the application.</summary>
    public static Gazetteer LoadDefault() => LoadFile(DefaultPath);

    /// <summary>Where <see cref="LoadDefault"/> reads from.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", DefaultFileName);

    /// <summary>Loads a compiled gazetteer file (plain or gzip-compressed).</summary>
    public static Gazetteer LoadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream);
    }

    /// <summary>Reads a compiled gazetteer (plain or gzip-compressed) from the start of <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">Not a Sitrep gazetteer, or of another format version.</exception>
    public static Gazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = stream.CanSeek ? stream : new BufferedStream(stream, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var start = buffered.CanSeek ? buffered.Position : 0;
        if (buffered.CanSeek && buffered.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2)
        {
            buffered.Position = start;
            if (head[0] == 0x1f && head[1] == 0x8b)
            {
                using var gzip = new GZipStream(buffered, CompressionMode.Decompress, leaveOpen: true);
                using var inflated = new BufferedStream(gzip, 1 << 16);
                return Read(inflated);
            }
        }

        return Read(buffered);
    }

    private static Gazetteer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Span<byte> magic = stackalloc byte[4];
        if (reader.Read(magic) != 4 || !magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Sitrep gazetteer file (bad magic).");
        }

        var version = reader.Read7BitEncodedInt();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Gazetteer format version {version}; this Sitrep reads version {FormatVersion}.");
        }

        var folding = reader.Read7BitEncodedInt();
        if (folding != NameFolding.Version)
        {
            throw new InvalidDataException($"Gazetteer keys were folded by rules version {folding}; this Sitrep folds by version {NameFolding.Version}: rebuild the gazetteer.");
        }

        var dataVersion = reader.ReadString();
        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var count = reader.Read7BitEncodedInt();
        var keyCount = reader.Read7BitEncodedInt();
        var pairs = new KeyValuePair<string, ImmutableArray<int>>[keyCount];
        var keyStrings = new int[keyCount];
        var keysPerEntry = new int[count + 1];
        for (var k = 0; k < keyCount; k++)
        {
            keyStrings[k] = reader.Read7BitEncodedInt();
            var ids = new int[reader.Read7BitEncodedInt()];
            var id = 0;
            for (var j = 0; j < ids.Length; j++)
            {
                id += reader.Read7BitEncodedInt();
                if ((uint)id >= (uint)count)
                {
                    throw new InvalidDataException($"Gazetteer index names entry {id} of {count}.");
                }

                ids[j] = id;
                keysPerEntry[id + 1]++;
            }

            pairs[k] = new(strings[keyStrings[k]], ImmutableCollectionsMarshalHelper.AsImmutable(ids));
        }

        // The index is hashed on one core while the entries are read on another.
        var indexTask = Task.Run(() => new Dictionary<string, ImmutableArray<int>>(pairs, StringComparer.Ordinal));

        var rows = new Row[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new Row(
                reader.Read7BitEncodedInt(), reader.ReadInt32(), reader.ReadInt32(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt64(),
                (PlaceLevel)reader.ReadByte(), (GazetteerSource)reader.ReadByte(), reader.Read7BitEncodedInt());
        }

        // The keys of each entry, the index read backwards, as one array sliced by entry.
        for (var i = 0; i < count; i++)
        {
            keysPerEntry[i + 1] += keysPerEntry[i];
        }

        var keyOf = new int[keysPerEntry[count]];
        var fill = keysPerEntry.AsSpan(0, count).ToArray();
        for (var k = 0; k < keyCount; k++)
        {
            foreach (var id in pairs[k].Value)
            {
                keyOf[fill[id]++] = keyStrings[k];
            }
        }

        var entries = new EntryList(strings, rows, keysPerEntry, keyOf);
        return new Gazetteer(dataVersion, entries, indexTask.GetAwaiter().GetResult());
    }

    /// <summary>Writes the compiled form (uncompressed; wrap <paramref name="stream"/> in a GZipStream to compress).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int S(string s)
        {
            if (!table.TryGetValue(s, out var i))
            {
                i = strings.Count;
                table[s] = i;
                strings.Add(s);
            }

            return i;
        }

        // Sorted keys and ids make the file deterministic whatever order the index was built in.
        var keys = Keys.Order(StringComparer.Ordinal).ToArray();
        var rows = Entries.Select(e => new Row(
            S(e.Name), (int)Math.Round(e.Lat * Scale), (int)Math.Round(e.Lon * Scale), S(e.FeatureClass), S(e.FeatureCode), S(e.CountryCode), S(e.Admin1Code), S(e.Admin1Name),
            e.Population, e.Level, e.Source, e.GeoNamesId ?? 0)).ToArray();
        var keyIds = keys.Select(S).ToArray();

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write7BitEncodedInt(FormatVersion);
        writer.Write7BitEncodedInt(NameFolding.Version);
        writer.Write(DataVersion);
        writer.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }

        writer.Write7BitEncodedInt(rows.Length);
        writer.Write7BitEncodedInt(keys.Length);
        for (var k = 0; k < keys.Length; k++)
        {
            var ids = Lookup(keys[k]);
            writer.Write7BitEncodedInt(keyIds[k]);
            writer.Write7BitEncodedInt(ids.Length);
            var previous = 0;
            foreach (var id in ids)
            {
                writer.Write7BitEncodedInt(id - previous);
                previous = id;
            }
        }

        foreach (var r in rows)
        {
            writer.Write7BitEncodedInt(r.Name);
            writer.Write(r.Lat);
            writer.Write(r.Lon);
            writer.Write7BitEncodedInt(r.FeatureClass);
            writer.Write7BitEncodedInt(r.FeatureCode);
            writer.Write7BitEncodedInt(r.Country);
            writer.Write7BitEncodedInt(r.Admin1Code);
            writer.Write7BitEncodedInt(r.Admin1Name);
            writer.Write7BitEncodedInt64(r.Population);
            writer.Write((byte)r.Level);
            writer.Write((byte)r.Source);
            writer.Write7BitEncodedInt(r.GeoNamesId);
        }
    }

    private readonly record struct Row(
        int Name, int Lat, int Lon, int FeatureClass, int FeatureCode, int Country, int Admin1Code, int Admin1Name, long Population, PlaceLevel Level, GazetteerSource Source, int GeoNamesId);

    /// <summary>The entries of a loaded file, each made from its row on first access and kept.</summary>
    private sealed class EntryList(string[] strings, Row[] rows, int[] keyStart, int[] keyOf) : IReadOnlyList<GazetteerEntry>
    {
        private readonly GazetteerEntry?[] made = new GazetteerEntry?[rows.Length];

        public int Count => rows.Length;

        public GazetteerEntry this[int index]
        {
            get
            {
                // Entries are immutable: two threads making the same one is harmless.
                return made[index] ??= Make(index);
            }
        }

        public IEnumerator<GazetteerEntry> GetEnumerator()
        {
            for (var i = 0; i < rows.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private GazetteerEntry Make(int i)
        {
            var r = rows[i];
            var keys = new string[keyStart[i + 1] - keyStart[i]];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = strings[keyOf[keyStart[i] + k]];
            }

            return new GazetteerEntry(
                i, strings[r.Name], ImmutableCollectionsMarshalHelper.AsImmutable(keys), r.Lat / Scale, r.Lon / Scale, strings[r.FeatureClass], strings[r.FeatureCode],
                strings[r.Country], strings[r.Admin1Code], strings[r.Admin1Name], r.Population, r.Level, r.Source, r.GeoNamesId == 0 ? null : r.GeoNamesId);
        }
    }
}

/// <summary>
/// Collects places and their names and builds a <see cref="Gazetteer"/>: every name is folded to
/// its key (names that fold to nothing are skipped), and a key names an entry once.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<Draft> drafts = [];
    private readonly Dictionary<string, SortedSet<int>> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> interned = new(StringComparer.Ordinal);

    /// <summary>How many places were added.</summary>
    public int Count => drafts.Count;

    /// <summary>
    /// Adds a place with its names (the reported name is always one of them) and returns its id.
    /// </summary>
    public int Add(
        string name,
        IEnumerable<string> alternateNames,
        double lat,
        double lon,
        PlaceLevel level,
        GazetteerSource source,
        string countryCode,
        string admin1Code = "",
        string admin1Name = "",
        string featureClass = "",
        string featureCode = "",
        long population = 0,
        int? geoNamesId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(alternateNames);
        if (lat is < -90 or > 90 || lon is < -180 or > 180 || double.IsNaN(lat) || double.IsNaN(lon))
        {
            throw new ArgumentOutOfRangeException(nameof(lat), $"{name}: coordinates ({lat}, {lon}) out of range.");
        }

        var id = drafts.Count;
        drafts.Add(new Draft(Intern(name), lat, lon, Intern(featureClass), Intern(featureCode), Intern(countryCode), Intern(admin1Code), Intern(admin1Name), population, level, source, geoNamesId));
        AddName(id, name);
        foreach (var alternate in alternateNames)
        {
            AddName(id, alternate);
        }

        return id;
    }

    /// <summary>Adds one more name by which an entry already added is found.</summary>
    public void AddName(int id, string name)
    {
        if ((uint)id >= (uint)drafts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var key = NameFolding.Fold(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var ids))
        {
            ids = [];
            index[key] = ids;
        }

        ids.Add(id);
    }

    /// <summary>The frozen gazetteer.</summary>
    public Gazetteer Build(string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(dataVersion);
        var keys = new Dictionary<int, List<string>>();
        foreach (var (key, ids) in index)
        {
            foreach (var id in ids)
            {
                if (!keys.TryGetValue(id, out var list))
                {
                    keys[id] = list = [];
                }

                list.Add(key);
            }
        }

        var entries = drafts.Select((d, i) => new GazetteerEntry(
            i, d.Name, keys.TryGetValue(i, out var k) ? [.. k.Order(StringComparer.Ordinal)] : [], d.Lat, d.Lon, d.FeatureClass, d.FeatureCode, d.Country,
            d.Admin1Code, d.Admin1Name, d.Population, d.Level, d.Source, d.GeoNamesId)).ToImmutableArray();
        return new Gazetteer(dataVersion, entries, index.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    private string Intern(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!interned.TryGetValue(s, out var existing))
        {
            interned[s] = existing = s;
        }

        return existing;
    }

    private readonly record struct Draft(
        string Name, double Lat, double Lon, string FeatureClass, string FeatureCode, string Country, string Admin1Code, string Admin1Name, long Population, PlaceLevel Level, GazetteerSource Source, int? GeoNamesId);
}

/// <summary>Wraps arrays the caller no longer touches as immutable arrays, without copying.</summary>
internal static class ImmutableCollectionsMarshalHelper
{
    public static ImmutableArray<T> AsImmutable<T>(T[] array) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(array);
}
