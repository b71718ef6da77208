using System.Diagnostics;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Strings stored once, end to end in one char array with their start offsets, read as spans and
/// made into <see cref="string"/>s only on request (then kept): how the compiled gazetteer holds its
/// 500k keys and words without making 500k objects at load. Immutable once made; thread-safe (two
/// threads making the same string is harmless).
/// </summary>
internal sealed class StringPool
{
    private readonly string?[] made;

    public StringPool(char[] chars, int[] starts)
    {
        Debug.Assert(starts.Length >= 1 && starts[0] == 0 && starts[^1] == chars.Length, "Starts bound the chars.");
        Chars = chars;
        Starts = starts;
        made = new string?[starts.Length - 1];
    }

    /// <summary>The characters of every string, end to end.</summary>
    public char[] Chars { get; }

    /// <summary>Where each string starts in <see cref="Chars"/>, and one more: the end of the last.</summary>
    public int[] Starts { get; }

    public int Count => made.Length;

    public ReadOnlySpan<char> this[int i] => Chars.AsSpan(Starts[i], Starts[i + 1] - Starts[i]);

    public static StringPool From(IReadOnlyList<string> strings)
    {
        var starts = new int[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++)
        {
            starts[i + 1] = starts[i] + strings[i].Length;
        }

        var chars = new char[starts[^1]];
        for (var i = 0; i < strings.Count; i++)
        {
            strings[i].CopyTo(chars.AsSpan(starts[i]));
        }

        var pool = new StringPool(chars, starts);
        for (var i = 0; i < strings.Count; i++)
        {
            pool.made[i] = strings[i];
        }

        return pool;
    }

    /// <summary>String <paramref name="i"/>, made on first request.</summary>
    public string String(int i) => made[i] ??= new string(this[i]);

    /// <summary>Whether <paramref name="starts"/> are ascending offsets into <paramref name="length"/> chars (a file's pool is checked before use).</summary>
    public static bool IsValid(int[] starts, int length)
    {
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != length)
        {
            return false;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// An open-addressing (linear probing) hash table from a string, looked up as a span, to its index
/// in a <see cref="StringPool"/>: slots hold index + 1 (0 is empty), at most half full. The hash is
/// this type's own (FNV-1a over UTF-16 code units, then a murmur finaliser), not the process's
/// randomised string hash, so the slots are stored in the compiled gazetteer and read back as they are;
/// changing <see cref="Hash"/> therefore changes <see cref="Gazetteer.FormatVersion"/>.
/// </summary>
internal sealed class SpanTable
{
    public SpanTable(StringPool pool, int[] slots)
    {
        Debug.Assert(slots.Length > 0 && (slots.Length & (slots.Length - 1)) == 0, "The slot count is a power of two.");
        Pool = pool;
        Slots = slots;
    }

    public StringPool Pool { get; }

    public int[] Slots { get; }

    /// <summary>A table of every string of <paramref name="pool"/> (which holds each string once).</summary>
    public static SpanTable Build(StringPool pool)
    {
        var size = 16;
        while (size < pool.Count * 2)
        {
            size *= 2;
        }

        var slots = new int[size];
        var mask = size - 1;
        for (var id = 0; id < pool.Count; id++)
        {
            var i = (int)(Hash(pool[id]) & (uint)mask);
            while (slots[i] != 0)
            {
                Debug.Assert(!pool[slots[i] - 1].SequenceEqual(pool[id]), "A pool holds each string once.");
                i = (i + 1) & mask;
            }

            slots[i] = id + 1;
        }

        return new SpanTable(pool, slots);
    }

    /// <summary>The index of <paramref name="s"/> in the pool, or -1.</summary>
    public int Find(ReadOnlySpan<char> s)
    {
        var slots = Slots;
        var mask = slots.Length - 1;
        for (var i = (int)(Hash(s) & (uint)mask); ; i = (i + 1) & mask)
        {
            var v = slots[i];
            if (v == 0)
            {
                return -1;
            }

            if (Pool[v - 1].SequenceEqual(s))
            {
                return v - 1;
            }
        }
    }

    /// <summary>Whether every slot is empty or names a string of a pool of <paramref name="count"/> (a file's table is checked before use).</summary>
    public static bool IsValid(int[] slots, int count)
    {
        if (slots.Length == 0 || (slots.Length & (slots.Length - 1)) != 0 || slots.Length < count * 2)
        {
            return false;
        }

        foreach (var v in slots)
        {
            if ((uint)v > (uint)count)
            {
                return false;
            }
        }

        return true;
    }

    public static uint Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
