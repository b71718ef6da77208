using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// A read-only gazetteer: entries, an index from folded name (<see cref="NameFolding"/>) to the
/// entries it may name, and the <see cref="NameMatcher"/> that finds every name in a text.
/// Compiled by a tool (tools/Sitrep.GazetteerBuilder, `sitrep gazetteer import`) into a binary file
/// that holds all three ready to use, and loaded with <see cref="Load"/>; thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The file (little-endian, optionally gzip-compressed as a whole; the shipped one is not, as
/// inflating it would cost more than reading it): the magic "SRGZ"; the format version and the
/// version of the folding rules the keys were made by (<see cref="NameFolding.Version"/>), both
/// 7-bit encoded; then arrays, each an int32 element count and the elements as they lie in memory,
/// read straight into typed arrays (no parsing, no object per name):
/// the data version (chars); the entries' strings (a pool: chars, then int32 starts — every name and
/// code once); the entries (<see cref="EntryRow"/>, 48 bytes each: string indexes, latitude and
/// longitude in 1e-5 degree, population, level, source, GeoNames id or 0); the folded keys in ordinal
/// order (a pool) and their hash table (<see cref="SpanTable"/> slots); each key's entry ids (int32
/// starts, then the ids, ascending per key); the automaton (its words as a pool and their hash table,
/// then the arrays <see cref="NameMatcher"/> documents); and the magic again, then nothing.
/// Keys of an entry are not stored: they are the index read backwards.
/// </para>
/// <para>
/// Version 1 (no automaton, strings parsed one by one, the index hashed at load: 0.4–0.8 s for the
/// default data) is still read, building the rest at load; <see cref="Save"/> writes version 2.
/// </para>
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The version of the file format this code writes (and the newest it reads).</summary>
    public const int FormatVersion = 2;

    /// <summary>The default file's name, beside the application in data/.</summary>
    public const string DefaultFileName = "sitrep-gazetteer.bin";

    /// <summary>Coordinates are stored in units of 1e-5 degree (about a metre), GeoNames' own precision.</summary>
    private const double Scale = 1e5;

    private static ReadOnlySpan<byte> Magic => "SRGZ"u8;

    private readonly SpanTable keyTable;
    private readonly int[] idStart;
    private readonly int[] ids;
    private readonly int[]?[] idsMade;
    private readonly Lazy<NameMatcher> matcher;

    /// <summary>
    /// A gazetteer over <paramref name="keyTable"/>'s keys (ordinal order), key k naming the entries
    /// <paramref name="ids"/>[<paramref name="idStart"/>[k]..<paramref name="idStart"/>[k + 1]]; its
    /// matcher read from a file by <paramref name="storedMatcher"/>, or else built on first use.
    /// </summary>
    private Gazetteer(string dataVersion, IReadOnlyList<GazetteerEntry> entries, SpanTable keyTable, int[] idStart, int[] ids, Func<Gazetteer, NameMatcher>? storedMatcher)
    {
        DataVersion = dataVersion;
        Entries = entries;
        this.keyTable = keyTable;
        this.idStart = idStart;
        this.ids = ids;
        idsMade = new int[]?[keyTable.Pool.Count];
        matcher = new(() => storedMatcher is null ? NameMatcher.Create(this) : storedMatcher(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An entry's country code, without making the entry of a loaded file.</summary>
    internal string CountryOf(int id) => Entries is EntryList list ? list.CountryOf(id) : Entries[id].CountryCode;

    /// <summary>What the data is and when it was compiled from what (recorded with every resolution).</summary>
    public string DataVersion { get; }

    /// <summary>Every entry; an entry's <see cref="GazetteerEntry.Id"/> is its index here.</summary>
    /// <remarks>Entries of a loaded file are made on first access (most are never needed).</remarks>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>How many distinct folded keys the index holds.</summary>
    public int KeyCount => keyTable.Pool.Count;

    /// <summary>Every folded key of the index, in ordinal order.</summary>
    public IEnumerable<string> Keys => Enumerable.Range(0, KeyCount).Select(KeyPool.String);

    /// <summary>The matcher of every key (stored in a compiled file; built on first use for a gazetteer from <see cref="GazetteerBuilder"/>).</summary>
    public NameMatcher Matcher => matcher.Value;

    /// <summary>The folded keys, key id k at index k.</summary>
    internal StringPool KeyPool => keyTable.Pool;

    /// <summary>The ids of the entries a folded key names; empty when none.</summary>
    public ImmutableArray<int> Lookup(ReadOnlySpan<char> foldedKey)
    {
        var k = keyTable.Find(foldedKey);
        return k < 0 ? [] : IdsOf(k);
    }

    /// <summary>The entries key <paramref name="keyId"/> names (the array made on first request and kept).</summary>
    internal ImmutableArray<int> IdsOf(int keyId) =>
        ImmutableCollectionsMarshalHelper.AsImmutable(idsMade[keyId] ??= ids.AsSpan(idStart[keyId], idStart[keyId + 1] - idStart[keyId]).ToArray());

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
    /// <exception cref="InvalidDataException">Not a Sitrep gazetteer, of another format or folding version, or damaged.</exception>
    public static Gazetteer LoadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream);
    }

    /// <summary>Reads a compiled gazetteer (plain or gzip-compressed) from the start of <paramref name="stream"/>, with its matcher ready.</summary>
    /// <exception cref="InvalidDataException">Not a Sitrep gazetteer, of another format or folding version, or damaged.</exception>
    public static Gazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = stream.CanSeek ? stream : new BufferedStream(stream, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var start = buffered.CanSeek ? buffered.Position : 0;
        try
        {
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
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Gazetteer file is truncated: rebuild or copy it again.", e);
        }
    }

    private static Gazetteer Read(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) != 4 || !magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Sitrep gazetteer file (bad magic).");
        }

        var version = Read7BitInt(stream);
        if (version is not (1 or FormatVersion))
        {
            throw new InvalidDataException($"Gazetteer format version {version}; this Sitrep reads versions 1 and {FormatVersion}: rebuild the gazetteer with this Sitrep.");
        }

        var folding = Read7BitInt(stream);
        if (folding != NameFolding.Version)
        {
            throw new InvalidDataException($"Gazetteer keys were folded by rules version {folding}; this Sitrep folds by version {NameFolding.Version}: rebuild the gazetteer.");
        }

        var gazetteer = version == 1 ? ReadVersion1(stream) : ReadVersion2(stream);
        _ = gazetteer.Matcher;
        return gazetteer;
    }

    private static Gazetteer ReadVersion2(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Compiled gazetteers are read on little-endian machines only.");
        }

        var dataVersion = new string(ReadArray<char>(stream));
        var texts = ReadPool(stream);
        var rows = ReadArray<EntryRow>(stream);
        var keys = ReadPool(stream);
        var keySlots = ReadArray<int>(stream);
        var idStart = ReadArray<int>(stream);
        var ids = ReadArray<int>(stream);
        var words = ReadPool(stream);
        var wordSlots = ReadArray<int>(stream);
        var rootChild = ReadArray<int>(stream);
        var firstChild = ReadArray<int>(stream);
        var childWord = ReadArray<int>(stream);
        var fail = ReadArray<int>(stream);
        var outputLink = ReadArray<int>(stream);
        var depth = ReadArray<byte>(stream);
        var keyOf = ReadArray<int>(stream);
        Span<byte> end = stackalloc byte[5];
        if (stream.ReadAtLeast(end, 5, throwOnEndOfStream: false) != 4 || !end[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Gazetteer file is damaged (no end mark where it should be).");
        }

        var count = rows.Length;
        if (!SpanTable.IsValid(keySlots, keys.Count) || !SpanTable.IsValid(wordSlots, words.Count) || !IsValidIndex(idStart, ids, keys.Count, count)
            || !IsValidRows(rows, texts.Count)
            || !NameMatcher.IsValid(words.Count, keys.Count, rootChild, firstChild, childWord, fail, outputLink, depth, keyOf))
        {
            throw new InvalidDataException("Gazetteer file is damaged (an index points outside its data).");
        }

        var (keyStart, keyOfEntry) = KeysByEntry(idStart, ids, count);
        var entries = new EntryList(texts, rows, keys, keyStart, keyOfEntry);
        var wordTable = new SpanTable(words, wordSlots);
        return new Gazetteer(dataVersion, entries, new SpanTable(keys, keySlots), idStart, ids,
            g => new NameMatcher(g, wordTable, rootChild, firstChild, childWord, fail, outputLink, depth, keyOf));
    }

    private static Gazetteer ReadVersion1(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var dataVersion = reader.ReadString();
        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var count = reader.Read7BitEncodedInt();
        var index = new List<(string Key, int[] Ids)>(reader.Read7BitEncodedInt());
        for (var k = 0; k < index.Capacity; k++)
        {
            var key = strings[reader.Read7BitEncodedInt()];
            var entryIds = new int[reader.Read7BitEncodedInt()];
            var id = 0;
            for (var j = 0; j < entryIds.Length; j++)
            {
                id += reader.Read7BitEncodedInt();
                if ((uint)id >= (uint)count)
                {
                    throw new InvalidDataException($"Gazetteer index names entry {id} of {count}.");
                }

                entryIds[j] = id;
            }

            index.Add((key, entryIds));
        }

        var rows = new EntryRow[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new EntryRow
            {
                Name = reader.Read7BitEncodedInt(),
                Lat = reader.ReadInt32(),
                Lon = reader.ReadInt32(),
                FeatureClass = reader.Read7BitEncodedInt(),
                FeatureCode = reader.Read7BitEncodedInt(),
                Country = reader.Read7BitEncodedInt(),
                Admin1Code = reader.Read7BitEncodedInt(),
                Admin1Name = reader.Read7BitEncodedInt(),
                Population = reader.Read7BitEncodedInt64(),
                Level = reader.ReadByte(),
                Source = (GazetteerSource)reader.ReadByte(),
                GeoNamesId = reader.Read7BitEncodedInt(),
            };
        }

        var texts = StringPool.From(strings);
        if (!IsValidRows(rows, texts.Count))
        {
            throw new InvalidDataException("Gazetteer file is damaged (an index points outside its data).");
        }

        var (keyTable, idStart, ids) = IndexOf(index);
        var (keyStart, keyOfEntry) = KeysByEntry(idStart, ids, count);
        return new Gazetteer(dataVersion, new EntryList(texts, rows, keyTable.Pool, keyStart, keyOfEntry), keyTable, idStart, ids, storedMatcher: null);
    }

    /// <summary>A gazetteer of entries and (key, ascending entry ids) pairs, each key once.</summary>
    internal static Gazetteer Create(string dataVersion, IReadOnlyList<GazetteerEntry> entries, List<(string Key, int[] Ids)> index)
    {
        var (keyTable, idStart, ids) = IndexOf(index);
        return new Gazetteer(dataVersion, entries, keyTable, idStart, ids, storedMatcher: null);
    }

    private static (SpanTable Keys, int[] IdStart, int[] Ids) IndexOf(List<(string Key, int[] Ids)> index)
    {
        index.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var idStart = new int[index.Count + 1];
        for (var k = 0; k < index.Count; k++)
        {
            idStart[k + 1] = idStart[k] + index[k].Ids.Length;
        }

        var ids = new int[idStart[^1]];
        for (var k = 0; k < index.Count; k++)
        {
            index[k].Ids.CopyTo(ids, idStart[k]);
        }

        return (SpanTable.Build(StringPool.From([.. index.Select(p => p.Key)])), idStart, ids);
    }

    /// <summary>The keys of each entry, the index read backwards, as one array sliced by entry.</summary>
    private static (int[] KeyStart, int[] KeyOf) KeysByEntry(int[] idStart, int[] ids, int count)
    {
        var keyStart = new int[count + 1];
        foreach (var id in ids)
        {
            keyStart[id + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            keyStart[i + 1] += keyStart[i];
        }

        var keyOf = new int[ids.Length];
        var fill = keyStart.AsSpan(0, count).ToArray();
        for (var k = 0; k + 1 < idStart.Length; k++)
        {
            for (var j = idStart[k]; j < idStart[k + 1]; j++)
            {
                keyOf[fill[ids[j]]++] = k;
            }
        }

        return (keyStart, keyOf);
    }

    private static bool IsValidIndex(int[] idStart, int[] ids, int keyCount, int count)
    {
        if (idStart.Length != keyCount + 1 || idStart[0] != 0 || idStart[keyCount] != ids.Length)
        {
            return false;
        }

        for (var k = 0; k < keyCount; k++)
        {
            if (idStart[k + 1] < idStart[k])
            {
                return false;
            }
        }

        foreach (var id in ids)
        {
            if ((uint)id >= (uint)count)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidRows(EntryRow[] rows, int stringCount)
    {
        foreach (var r in rows)
        {
            if ((uint)r.Name >= (uint)stringCount || (uint)r.FeatureClass >= (uint)stringCount || (uint)r.FeatureCode >= (uint)stringCount || (uint)r.Country >= (uint)stringCount
                || (uint)r.Admin1Code >= (uint)stringCount || (uint)r.Admin1Name >= (uint)stringCount)
            {
                return false;
            }
        }

        return true;
    }

    private static int Read7BitInt(Stream stream)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException();
            }

            result |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("Not a Sitrep gazetteer file (bad version number).");
    }

    private static StringPool ReadPool(Stream stream)
    {
        var chars = ReadArray<char>(stream);
        var starts = ReadArray<int>(stream);
        if (!StringPool.IsValid(starts, chars.Length))
        {
            throw new InvalidDataException("Gazetteer file is damaged (a string table is inconsistent).");
        }

        return new StringPool(chars, starts);
    }

    private static T[] ReadArray<T>(Stream stream)
        where T : unmanaged
    {
        Span<byte> length = stackalloc byte[4];
        stream.ReadExactly(length);
        var count = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (count < 0 || (long)count * Unsafe.SizeOf<T>() > Array.MaxLength)
        {
            throw new InvalidDataException($"Gazetteer file is damaged (an array of {count} elements).");
        }

        var array = GC.AllocateUninitializedArray<T>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void WriteArray<T>(Stream stream, ReadOnlySpan<T> array)
        where T : unmanaged
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, array.Length);
        stream.Write(length);
        stream.Write(MemoryMarshal.AsBytes(array));
    }

    private static void Write7BitInt(Stream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    /// <summary>Writes the compiled form, format <see cref="FormatVersion"/> (uncompressed; wrap <paramref name="stream"/> in a GZipStream to compress).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Compiled gazetteers are written on little-endian machines only.");
        }

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

        var rows = Entries.Select(e => new EntryRow
        {
            Name = S(e.Name),
            Lat = (int)Math.Round(e.Lat * Scale),
            Lon = (int)Math.Round(e.Lon * Scale),
            FeatureClass = S(e.FeatureClass),
            FeatureCode = S(e.FeatureCode),
            Country = S(e.CountryCode),
            Admin1Code = S(e.Admin1Code),
            Admin1Name = S(e.Admin1Name),
            Population = e.Population,
            Level = (byte)e.Level,
            Source = e.Source,
            GeoNamesId = e.GeoNamesId ?? 0,
        }).ToArray();
        var texts = StringPool.From(strings);
        var m = Matcher;

        stream.Write(Magic);
        Write7BitInt(stream, FormatVersion);
        Write7BitInt(stream, NameFolding.Version);
        WriteArray(stream, DataVersion.AsSpan());
        WriteArray<char>(stream, texts.Chars);
        WriteArray<int>(stream, texts.Starts);
        WriteArray<EntryRow>(stream, rows);
        WriteArray<char>(stream, KeyPool.Chars);
        WriteArray<int>(stream, KeyPool.Starts);
        WriteArray<int>(stream, keyTable.Slots);
        WriteArray<int>(stream, idStart);
        WriteArray<int>(stream, ids);
        WriteArray<char>(stream, m.Words.Pool.Chars);
        WriteArray<int>(stream, m.Words.Pool.Starts);
        WriteArray<int>(stream, m.Words.Slots);
        WriteArray<int>(stream, m.RootChild);
        WriteArray<int>(stream, m.FirstChild);
        WriteArray<int>(stream, m.ChildWord);
        WriteArray<int>(stream, m.Fail);
        WriteArray<int>(stream, m.OutputLink);
        WriteArray<byte>(stream, m.Depth);
        WriteArray<int>(stream, m.KeyOf);
        stream.Write(Magic);
    }

    /// <summary>One entry as stored: 48 bytes, no padding (so the file is deterministic), string fields as indexes into the entries' pool.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct EntryRow
    {
        public long Population;
        public int Name;
        public int Lat;
        public int Lon;
        public int FeatureClass;
        public int FeatureCode;
        public int Country;
        public int Admin1Code;
        public int Admin1Name;
        public int GeoNamesId;
        public byte Level;
        public GazetteerSource Source;
        public short Reserved;
    }

    /// <summary>The entries of a loaded file, each made from its row on first access and kept.</summary>
    private sealed class EntryList(StringPool texts, EntryRow[] rows, StringPool keys, int[] keyStart, int[] keyOf) : IReadOnlyList<GazetteerEntry>
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

        /// <summary>An entry's country read from its row, without making the entry.</summary>
        public string CountryOf(int i) => texts.String(rows[i].Country);

        private GazetteerEntry Make(int i)
        {
            var r = rows[i];
            var entryKeys = new string[keyStart[i + 1] - keyStart[i]];
            for (var k = 0; k < entryKeys.Length; k++)
            {
                entryKeys[k] = keys.String(keyOf[keyStart[i] + k]);
            }

            return new GazetteerEntry(
                i, texts.String(r.Name), ImmutableCollectionsMarshalHelper.AsImmutable(entryKeys), r.Lat / Scale, r.Lon / Scale, texts.String(r.FeatureClass), texts.String(r.FeatureCode),
                texts.String(r.Country), texts.String(r.Admin1Code), texts.String(r.Admin1Name), r.Population, (PlaceLevel)r.Level, r.Source, r.GeoNamesId == 0 ? null : r.GeoNamesId);
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
        return Gazetteer.Create(dataVersion, entries, [.. index.Select(p => (p.Key, p.Value.ToArray()))]);
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
