using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Folds a place name to a key at which its transliteration variants meet: "Deir ez-Zor",
/// "Deir Ezzor", "Deir al-Zour" and "Dayr az Zawr" all fold to <c>dayr zur</c>; "Albu Kamal",
/// "Abu Kamal" and "Al Bukamal" to <c>abukamal</c>; "Hasakeh", "Hasaka" and "al-Hasakah" to
/// <c>hasaka</c>. The key is for candidate generation only — it is never shown — and folding is
/// idempotent: a key folds to itself.
/// </summary>
/// <remarks>
/// <para>Characters: case folded; letters decomposed and their combining marks dropped (ā, ḩ, ş, é);
/// apostrophes and the marks for ʿayn and hamza (' ’ ‘ ʿ ʾ ʼ ` ´) dropped so "Ba'aj" is one word;
/// every other non-letter, non-digit (hyphens, spaces, full stops) separates words. Arabic script
/// loses its short vowels and tatweel, and its alef, ta marbuta and alef maqsura forms meet.</para>
/// <para>Within a word, in this order: (0) an article glued by assimilation is cut ("Ezzor" →
/// "zor", "Arraqqa" → "raqqa": a or e, then a doubled sun letter, then at least three letters for e-
/// or four for a-, so "Assad" stays); (1) doubled consonants collapse; (2) dh → z, th → t, ph → f,
/// q → k, ee → i, ou/oo/o → u, other e → a; (3) ai → ay and aw before a consonant or the end → u
/// (the diphthongs: Deir/Dayr, Zawr/Zor, Hawran/Houran); (4) doubled letters collapse again;
/// (5) a final -ah becomes -a, so -ah, -a, -eh and -e meet.</para>
/// <para>Across words: the article as a word (al, el, as, es, ash, ad, ed, ar, er, az, ez, at, et,
/// an, en, ath, adh — whatever folds to al, as, ash, ad, ar, az, at or an) is dropped; "Albu", "Al
/// Bu", "Al-Bu", "Bu" become "abu", and "abu" is joined to the word after it (so "Al Bukamal" and
/// "Albu Kamal" meet). Words are joined by one space.</para>
/// <para>q and k are deliberately merged (Qadam/Kadam, Qamishli/Kamishli): reporting uses both, and
/// the resolver, not the key, tells Qarah from Karah. Known non-meetings: i/e before a consonant
/// (Idlib/Edleb, Qamishli/Qameshli, Kuweires/Kuwayris), a dropped vowel (Kweires), th for dh
/// (Thi Qar/Dhi Qar), "T-4"/"T4" (the supplement lists such spellings), Golan/Jawlan.</para>
/// </remarks>
public static class NameFolding
{
    /// <summary>
    /// The version of the folding rules. Compiled gazetteers store it, since their keys were made by
    /// these rules: change it with any rule, and rebuild the data.
    /// </summary>
    public const int Version = 1;

    /// <summary>The longest key a name of <paramref name="length"/> characters can fold to.</summary>
    public static int MaxFoldedLength(int length) => (2 * length) + 2;

    /// <summary>A place's own name as the text writes it, case and accents aside ("Nice", "Turkey", "Qamishli" for "Qāmishlī"): no folding of spellings.</summary>
    internal static bool WrittenAs(string name, ReadOnlySpan<char> surface) =>
        System.Globalization.CultureInfo.InvariantCulture.CompareInfo.Compare(name, surface,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>The folding key of a name; empty when nothing of it survives (an article alone, punctuation).</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return string.Empty;
        }

        var rented = ArrayPool<char>.Shared.Rent(MaxFoldedLength(name.Length));
        try
        {
            var written = FoldInto(name, rented);
            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the folding key of <paramref name="name"/> into <paramref name="destination"/>;
    /// false (nothing written) when it needs more than <paramref name="destination"/> holds — a
    /// buffer of <see cref="MaxFoldedLength"/> always suffices.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> name, Span<char> destination, out int charsWritten)
    {
        if (destination.Length >= MaxFoldedLength(name.Length))
        {
            charsWritten = FoldInto(name, destination);
            return true;
        }

        var rented = ArrayPool<char>.Shared.Rent(MaxFoldedLength(name.Length));
        try
        {
            var written = FoldInto(name, rented);
            if (written > destination.Length)
            {
                charsWritten = 0;
                return false;
            }

            rented.AsSpan(0, written).CopyTo(destination);
            charsWritten = written;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The longest folded word; longer words are cut (no place name comes near it).</summary>
    internal const int MaxWord = 128;

    private static int FoldInto(ReadOnlySpan<char> name, Span<char> destination)
    {
        var reader = new Reader(name, stackalloc char[MaxWord], stackalloc char[MaxWord]);
        var length = 0;
        while (reader.Next(out var folded, out _, out _))
        {
            if (length > 0)
            {
                destination[length++] = ' ';
            }

            folded.CopyTo(destination[length..]);
            length += folded.Length;
        }

        return length;
    }

    /// <summary>
    /// Reads the folded words of a text one at a time, with the half-open range of the text each came
    /// from (two source words when "abu" joins its neighbour; a dropped "al" before "Bu…" is included).
    /// This is the one place the rules across words live: <see cref="Fold"/> and the matcher both use
    /// it, so a name's key and the same name in a text always agree.
    /// </summary>
    internal ref struct Reader
    {
        private readonly ReadOnlySpan<char> text;
        private readonly Span<char> word;
        private readonly Span<char> scratch;
        private int position;
        private int pendingStart;
        private bool pendingAl;

        /// <param name="text">The text to read.</param>
        /// <param name="word">A buffer of <see cref="MaxWord"/> characters for the current word.</param>
        /// <param name="scratch">A second such buffer for looking ahead.</param>
        public Reader(ReadOnlySpan<char> text, Span<char> word, Span<char> scratch)
        {
            Debug.Assert(word.Length >= MaxWord && scratch.Length >= MaxWord, "buffers of MaxWord characters");
            this.text = text;
            this.word = word;
            this.scratch = scratch;
            position = 0;
            pendingStart = -1;
            pendingAl = false;
        }

        /// <summary>The offset the reader has reached in the text.</summary>
        public readonly int Position => position;

        /// <summary>The next folded word (valid until the next call) and its source range; false at the end.</summary>
        public bool Next(out ReadOnlySpan<char> folded, out int start, out int end)
        {
            while (true)
            {
                if (!NextWord(word, out var length, out start, out end))
                {
                    folded = default;
                    return false;
                }

                var afterAl = pendingAl;
                var alStart = pendingStart;
                pendingAl = false;
                var w = word[..length];
                if (IsArticle(w))
                {
                    // Dropped, but "Al Bu…" needs to know it was there.
                    pendingAl = w.SequenceEqual("al");
                    pendingStart = start;
                    continue;
                }

                if (w.StartsWith("albu"))
                {
                    w[2..].CopyTo(w[1..]);
                    length--;
                }
                else if (length < MaxWord && ((afterAl && w.StartsWith("bu")) || w.SequenceEqual("bu")))
                {
                    word[..length].CopyTo(word[1..]);
                    word[0] = 'a';
                    length++;
                    if (afterAl)
                    {
                        start = alStart;
                    }
                }

                while (word[..length].SequenceEqual("abu"))
                {
                    // "Abu Kamal" → abukamal; when nothing follows, "abu" stays a word. Joined again
                    // while the join folds back to "abu" ("Abu u …"), so a key never holds "abu" before a word.
                    var saved = position;
                    if (NextNonArticle(out var nextLength, out var nextEnd) && 3 + nextLength <= MaxWord)
                    {
                        scratch[..nextLength].CopyTo(word[3..]);
                        length = FoldWord(word[..(3 + nextLength)], word, allowGluedArticle: false);
                        end = nextEnd;
                    }
                    else
                    {
                        position = saved;
                        break;
                    }
                }

                pendingAl = false;

                folded = word[..length];
                return true;
            }
        }

        private bool NextNonArticle(out int length, out int end)
        {
            while (NextWord(scratch, out length, out _, out end))
            {
                if (!IsArticle(scratch[..length]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The next word of the text into <paramref name="buffer"/>, its characters mapped and the word rules applied.</summary>
        private bool NextWord(Span<char> buffer, out int length, out int start, out int end)
        {
            var n = text.Length;
            while (true)
            {
                while (position < n && CharMap.Kind(text[position]) == CharKind.Separator)
                {
                    position++;
                }

                start = position;
                length = 0;
                if (position >= n)
                {
                    end = n;
                    return false;
                }

                while (position < n)
                {
                    var c = text[position];
                    var kind = CharMap.Kind(c);
                    if (kind == CharKind.Separator)
                    {
                        break;
                    }

                    position++;
                    if (kind == CharKind.Drop)
                    {
                        continue;
                    }

                    foreach (var m in CharMap.Map(c))
                    {
                        if (length < buffer.Length)
                        {
                            buffer[length++] = m;
                        }
                    }
                }

                end = position;
                if (length > 0)
                {
                    length = FoldWord(buffer[..length], buffer, allowGluedArticle: true);
                    return true;
                }

                // Only dropped characters (an apostrophe between spaces): read on.
            }
        }
    }

    /// <summary>Words that fold to these are the Arabic article and are dropped.</summary>
    internal static bool IsArticle(ReadOnlySpan<char> folded) =>
        folded is "al" or "as" or "ash" or "ad" or "ar" or "az" or "at" or "an";

    /// <summary>
    /// The word rules (0)–(5) of the remarks on <see cref="NameFolding"/>, applied to a word whose
    /// characters are already mapped (lower case, no marks); writes into <paramref name="output"/>,
    /// which may be the same memory as <paramref name="word"/>. Returns the folded length.
    /// </summary>
    internal static int FoldWord(ReadOnlySpan<char> word, Span<char> output, bool allowGluedArticle)
    {
        Span<char> a = stackalloc char[word.Length + 1];
        var n = 0;

        // (0) an assimilated article glued on: e/a + doubled sun letter + rest.
        var from = 0;
        if (allowGluedArticle && word.Length >= 5 && word[0] is 'a' or 'e' && IsSunLetter(word[1]))
        {
            if (word[1] == 's' && word.Length >= 7 && word[2] == 'h' && word[3] == 's' && word[4] == 'h')
            {
                if (word.Length - 3 >= (word[0] == 'e' ? 4 : 5))
                {
                    from = 3; // "ashshaam"
                }
            }
            else if (word[2] == word[1] && word.Length - 2 >= (word[0] == 'e' ? 3 : 4))
            {
                from = 2; // "ezzor" → "zor", "arraqqa" → "raqqa"
            }
        }

        // (1) collapse doubled consonants (vowel pairs are read by step 2: ee, oo), "shsh" included.
        for (var i = from; i < word.Length; i++)
        {
            var c = word[i];
            if (n > 0 && a[n - 1] == c && char.IsLetter(c) && !IsVowel(c))
            {
                continue;
            }

            a[n++] = c;
            n = CollapseShSh(a, n);
        }

        // (2) consonant digraphs and vowels, left to right.
        Span<char> b = stackalloc char[n + 1];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var c = a[i];
            var next = i + 1 < n ? a[i + 1] : '\0';
            switch (c)
            {
                case 'd' when next == 'h':
                    b[m++] = 'z';
                    i++;
                    break;
                case 't' when next == 'h':
                    b[m++] = 't';
                    i++;
                    break;
                case 'p' when next == 'h':
                    b[m++] = 'f';
                    i++;
                    break;
                case 'q':
                    b[m++] = 'k';
                    break;
                case 'e' when next == 'e':
                    b[m++] = 'i';
                    i++;
                    break;
                case 'e':
                    b[m++] = 'a';
                    break;
                case 'o' when next is 'u' or 'o':
                    b[m++] = 'u';
                    i++;
                    break;
                case 'o':
                    b[m++] = 'u';
                    break;
                default:
                    b[m++] = c;
                    break;
            }
        }

        // (3) diphthongs: ai → ay; aw before a consonant or the end → u.
        n = 0;
        for (var i = 0; i < m; i++)
        {
            var c = b[i];
            var next = i + 1 < m ? b[i + 1] : '\0';
            if (c == 'a' && next == 'i')
            {
                a[n++] = 'a';
                a[n++] = 'y';
                i++;
                continue;
            }

            if (c == 'a' && next == 'w' && (i + 2 >= m || !IsVowel(b[i + 2])))
            {
                a[n++] = 'u';
                i++;
                continue;
            }

            a[n++] = c;
        }

        // (4) collapse again (the maps above can make doubles: "ea" → "aa").
        m = 0;
        for (var i = 0; i < n; i++)
        {
            var c = a[i];
            if (m > 0 && b[m - 1] == c && char.IsLetter(c))
            {
                continue;
            }

            b[m++] = c;
            m = CollapseShSh(b, m);
        }

        // (5) final -ah → -a.
        if (m >= 3 && b[m - 1] == 'h' && b[m - 2] == 'a')
        {
            m--;
        }

        // Arabic script: the article is always glued (ال), cut when something is left.
        var start = 0;
        while (m - start > 3 && b[start] == 'ا' && b[start + 1] == 'ل')
        {
            start += 2;
        }

        b[start..m].CopyTo(output);
        Debug.Assert(m - start <= output.Length, "folding never lengthens a word beyond its buffer");
        return m - start;
    }

    /// <summary>When the last four characters written are "shsh", keeps one "sh"; returns the new length.</summary>
    private static int CollapseShSh(Span<char> s, int n) =>
        n >= 4 && s[n - 1] == 'h' && s[n - 2] == 's' && s[n - 3] == 'h' && s[n - 4] == 's' ? n - 2 : n;

    private static bool IsSunLetter(char c) => c is 't' or 'd' or 'r' or 'z' or 's' or 'n' or 'l';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private enum CharKind : byte
    {
        Separator,
        Drop,
        Keep,
    }

    /// <summary>Per-character mapping for the Basic Multilingual Plane, computed once from Unicode data.</summary>
    private static class CharMap
    {
        private static readonly CharKind[] Kinds = new CharKind[char.MaxValue + 1];
        private static readonly char[] Single = new char[char.MaxValue + 1];
        private static readonly Dictionary<char, string> Multi = new()
        {
            ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['þ'] = "th", ['Þ'] = "th", ['ð'] = "dh", ['Ð'] = "dh",
        };

        private static readonly Dictionary<char, char> Extra = new()
        {
            ['ø'] = 'o', ['Ø'] = 'o', ['ł'] = 'l', ['Ł'] = 'l', ['đ'] = 'd', ['Đ'] = 'd', ['ı'] = 'i', ['ħ'] = 'h', ['Ħ'] = 'h', ['ŧ'] = 't',
            ['أ'] = 'ا', ['إ'] = 'ا', ['آ'] = 'ا', ['ٱ'] = 'ا', ['ة'] = 'ه', ['ى'] = 'ي', ['ی'] = 'ي', ['ک'] = 'ك', ['ؤ'] = 'و', ['ئ'] = 'ي',
        };

        static CharMap()
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                if (char.IsSurrogate(c))
                {
                    Kinds[i] = CharKind.Keep;
                    Single[i] = c;
                    continue;
                }

                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format
                    || c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʼ' or 'ʻ' or '`' or '´' or '′' or 'ـ')
                {
                    Kinds[i] = CharKind.Drop;
                    continue;
                }

                if (!char.IsLetterOrDigit(c))
                {
                    Kinds[i] = CharKind.Separator;
                    continue;
                }

                Kinds[i] = CharKind.Keep;
                if (Extra.TryGetValue(c, out var extra))
                {
                    Single[i] = extra;
                    continue;
                }

                if (c < 0x80)
                {
                    Single[i] = char.ToLowerInvariant(c);
                    continue;
                }

                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var first = decomposed[0];
                Single[i] = char.IsLetterOrDigit(first) ? char.ToLowerInvariant(first) : char.ToLowerInvariant(c);
                if (Single[i] != c && Extra.TryGetValue(Single[i], out var again))
                {
                    Single[i] = again;
                }
            }
        }

        public static CharKind Kind(char c) => Kinds[c];

        public static ReadOnlySpan<char> Map(char c) =>
            Multi.TryGetValue(c, out var multi) ? multi : new ReadOnlySpan<char>(Single, c, 1);
    }
}
