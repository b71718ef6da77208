using System.Collections.Frozen;
using System.Diagnostics;
using Sitrep.Text;

namespace Sitrep.Segmentation;

/// <summary>
/// Splits a paragraph into sentences: half-open ranges of the text, trimmed of white space, in
/// order, that tile the paragraph (between two sentences there is only white space). One forward
/// pass with bounded look-around at each candidate boundary, so time is linear in the paragraph.
/// </summary>
/// <remarks>
/// The named rules, in the order they are tried at a run of terminal punctuation (. ? ! … and
/// "..."), with the closing quotes and brackets after it taken into the sentence:
/// <list type="bullet">
/// <item><b>no-space-before-capital</b>: a single full stop glued to the next word breaks only
/// between a lower-case word and a capitalised word ("territory.This"), never in a decimal, an
/// initialism ("U.S."), a URL or a domain ("example.com").</item>
/// <item><b>lower-case-continues</b>: a boundary followed by a lower-case letter, or by a comma,
/// semicolon, colon or closing bracket, is not a boundary ("areas ... we see", "U.S., and").</item>
/// <item><b>title-abbreviation</b>: a full stop after a title or a word that always has a
/// continuation (Col., Gen., Dr., St., vs., e.g., i.e.) is not a boundary.</item>
/// <item><b>ambiguous-abbreviation</b>: after an abbreviation that can end a sentence (U.S.,
/// Inc., Jr., Jan., No.), after a capital initial (George W. Bush) and after an ellipsis standing
/// between spaces, the sentence ends only before a word that typically opens one ("The", "He",
/// "But") or a quotation.</item>
/// <item><b>terminal-punctuation</b>: otherwise the sentence ends after the run and its closers.</item>
/// </list>
/// Lines: at a line break inside the paragraph, a sentence ends when the next line starts with a
/// bullet marker (•, ·, -, *, –, "1." or "1)") or the current line started with one
/// (<b>bullet-line</b>). Length: a sentence longer than the limit is cut at the last white space
/// before the limit, or at the limit when there is none (<b>length-cut</b>); text whose
/// punctuation was stripped is then still bounded.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>How a word before a full stop bears on a boundary.</summary>
    private enum Abbreviation
    {
        None,

        /// <summary>Always followed by more of the sentence (titles, "vs.", "e.g.").</summary>
        Title,

        /// <summary>Can end a sentence (U.S., Inc., Jr., months); ends one only before a typical opener.</summary>
        Ambiguous,
    }

    /// <summary>Longest abbreviation looked up (letters before the full stop).</summary>
    private const int MaxAbbreviationLength = 8;

    private static readonly FrozenDictionary<string, Abbreviation> Abbreviations = new Dictionary<string, Abbreviation>(StringComparer.Ordinal)
    {
        // Titles and ranks: a name follows.
        ["Mr"] = Abbreviation.Title, ["Mrs"] = Abbreviation.Title, ["Ms"] = Abbreviation.Title, ["Messrs"] = Abbreviation.Title,
        ["Mme"] = Abbreviation.Title, ["Dr"] = Abbreviation.Title, ["Prof"] = Abbreviation.Title, ["Rev"] = Abbreviation.Title,
        ["Fr"] = Abbreviation.Title, ["Hon"] = Abbreviation.Title, ["Sen"] = Abbreviation.Title, ["Sens"] = Abbreviation.Title,
        ["Rep"] = Abbreviation.Title, ["Reps"] = Abbreviation.Title, ["Gov"] = Abbreviation.Title, ["Pres"] = Abbreviation.Title,
        ["Col"] = Abbreviation.Title, ["Lt"] = Abbreviation.Title, ["Gen"] = Abbreviation.Title, ["Gens"] = Abbreviation.Title,
        ["Sgt"] = Abbreviation.Title, ["Capt"] = Abbreviation.Title, ["Maj"] = Abbreviation.Title, ["Brig"] = Abbreviation.Title,
        ["Adm"] = Abbreviation.Title, ["Cmdr"] = Abbreviation.Title, ["Cdr"] = Abbreviation.Title, ["Cpl"] = Abbreviation.Title,
        ["Pvt"] = Abbreviation.Title, ["Pte"] = Abbreviation.Title, ["Lieut"] = Abbreviation.Title, ["Supt"] = Abbreviation.Title,
        ["Insp"] = Abbreviation.Title, ["St"] = Abbreviation.Title, ["Mt"] = Abbreviation.Title, ["Ft"] = Abbreviation.Title,
        ["vs"] = Abbreviation.Title, ["v"] = Abbreviation.Title, ["approx"] = Abbreviation.Title, ["cf"] = Abbreviation.Title,

        // Can close a sentence.
        ["Inc"] = Abbreviation.Ambiguous, ["Corp"] = Abbreviation.Ambiguous, ["Ltd"] = Abbreviation.Ambiguous, ["Co"] = Abbreviation.Ambiguous,
        ["Bros"] = Abbreviation.Ambiguous, ["Jr"] = Abbreviation.Ambiguous, ["Sr"] = Abbreviation.Ambiguous, ["No"] = Abbreviation.Ambiguous,
        ["Nos"] = Abbreviation.Ambiguous, ["Jan"] = Abbreviation.Ambiguous, ["Feb"] = Abbreviation.Ambiguous, ["Mar"] = Abbreviation.Ambiguous,
        ["Apr"] = Abbreviation.Ambiguous, ["Jun"] = Abbreviation.Ambiguous, ["Jul"] = Abbreviation.Ambiguous, ["Aug"] = Abbreviation.Ambiguous,
        ["Sep"] = Abbreviation.Ambiguous, ["Sept"] = Abbreviation.Ambiguous, ["Oct"] = Abbreviation.Ambiguous, ["Nov"] = Abbreviation.Ambiguous,
        ["Dec"] = Abbreviation.Ambiguous, ["est"] = Abbreviation.Ambiguous,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Abbreviation>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that typically open a sentence; after an ambiguous abbreviation they mark a boundary.</summary>
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "A", "An", "It", "Its", "It's", "He", "She", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So",
        "This", "That", "These", "Those", "There", "Their", "His", "Her", "Our", "My", "Your", "According", "After", "Before",
        "As", "However", "Meanwhile", "If", "When", "While", "Where", "Some", "Many", "Most", "Several", "Last", "Earlier",
        "Later", "Since", "Yet", "Also", "What", "Who", "Why", "How", "Such", "For", "From", "To", "By", "With", "Under",
        "Both", "Each", "Other", "Another", "One", "Two", "Three", "Four", "Five", "Officials", "Now", "Then", "Still",
        "Although", "Though", "Despite", "During", "Asked", "Speaking", "Separately", "Further", "Furthermore", "Moreover",
        "Instead", "Nevertheless", "Overall", "Among", "All", "No", "Not", "Only", "Neither", "Nor", "Until",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits <paramref name="paragraph"/> of <paramref name="text"/> into sentences, appended to <paramref name="into"/>.</summary>
    public static void Split(string text, TextRange paragraph, int maxSentenceChars, List<TextRange> into) =>
        Split(text, paragraph, maxSentenceChars, into, out _);

    /// <summary>
    /// Splits <paramref name="paragraph"/> of <paramref name="text"/> into sentences, appended to
    /// <paramref name="into"/>; <paramref name="cuts"/> counts sentences cut for length.
    /// </summary>
    public static void Split(string text, TextRange paragraph, int maxSentenceChars, List<TextRange> into, out int cuts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentenceChars, 1);
        if (paragraph.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph), $"{paragraph} lies outside the text of length {text.Length}.");
        }

        var s = text.AsSpan();
        var emitter = new Emitter(text, maxSentenceChars, into);
        var end = paragraph.End;
        var i = SkipWhiteSpace(s, paragraph.Start, end);
        var start = i;                  // first character of the current sentence
        var tokenStart = i;             // first character after the last white space
        var tokenIsAddress = false;     // the token so far has '/', '@' or ':' (a URL or an e-mail address)
        var lineIsBullet = false;
        var atLineStart = true;

        while (i < end)
        {
            if (atLineStart)
            {
                atLineStart = false;
                var marker = BulletMarkerEnd(s, i, end);
                lineIsBullet = marker > i;
                if (lineIsBullet)
                {
                    // The marker's own full stop ("1.") is not a boundary.
                    i = marker;
                    continue;
                }
            }

            var c = s[i];
            if (c == '\n')
            {
                var next = SkipHorizontalWhiteSpace(s, i + 1, end);
                if (next < end && start < i && (lineIsBullet || BulletMarkerEnd(s, next, end) > next))
                {
                    // bullet-line
                    emitter.Emit(start, i);
                    start = next;
                }

                tokenStart = next;
                tokenIsAddress = false;
                atLineStart = true;
                i = next;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                tokenStart = i + 1;
                tokenIsAddress = false;
                i++;
                continue;
            }

            if (!IsTerminal(c))
            {
                tokenIsAddress |= c is '/' or '@' or ':';
                i++;
                continue;
            }

            // A run of terminal punctuation, then its closing quotes and brackets.
            var runStart = i;
            var fullStops = 0;
            var ellipsis = false;
            while (i < end && IsTerminal(s[i]))
            {
                fullStops += s[i] == '.' ? 1 : 0;
                ellipsis |= s[i] == '…';
                i++;
            }

            var runLength = i - runStart;
            ellipsis |= fullStops >= 2;
            while (i < end && IsCloser(s[i]))
            {
                i++;
            }

            var boundary = i;
            if (boundary >= end)
            {
                break;
            }

            if (!char.IsWhiteSpace(s[boundary]))
            {
                // no-space-before-capital
                if (runLength == 1 && s[runStart] == '.' && boundary == runStart + 1
                    && !tokenIsAddress && IsGluedSentenceEnd(s, tokenStart, runStart, end))
                {
                    emitter.Emit(start, boundary);
                    start = boundary;
                    tokenStart = boundary;
                }

                continue;
            }

            var nextStart = SkipWhiteSpace(s, boundary, end);
            if (nextStart >= end)
            {
                break;
            }

            if (EndsSentence(s, tokenStart, runStart, runLength, ellipsis, nextStart, end))
            {
                emitter.Emit(start, boundary);
                start = nextStart;
            }
        }

        if (start < end)
        {
            emitter.Emit(start, end);
        }

        cuts = emitter.Cuts;
    }

    /// <summary>Whether the run of terminal punctuation at <paramref name="runStart"/>, followed by white space and then the character at <paramref name="next"/>, ends a sentence.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s, int tokenStart, int runStart, int runLength, bool ellipsis, int next, int end)
    {
        // lower-case-continues: look through opening quotes and brackets at the first letter.
        var word = next;
        var quoted = false;
        while (word < end && IsOpener(s[word]))
        {
            quoted = true;
            word++;
        }

        if (word >= end)
        {
            return true;
        }

        var first = s[word];
        if (char.IsLower(first) || (!quoted && IsContinuingPunctuation(first)))
        {
            return false;
        }

        var kind = Abbreviation.None;
        if (ellipsis)
        {
            // An omission mark between spaces ("areas ... The") usually sits inside a sentence.
            kind = runStart > tokenStart ? Abbreviation.None : Abbreviation.Ambiguous;
        }
        else if (runLength == 1 && s[runStart] == '.')
        {
            kind = AbbreviationBefore(s, tokenStart, runStart);
        }

        return kind switch
        {
            Abbreviation.Title => false,
            Abbreviation.Ambiguous => quoted || StartsWithOpener(s, word, end),
            _ => true,
        };
    }

    /// <summary>What the word ending just before the full stop at <paramref name="dot"/> is.</summary>
    private static Abbreviation AbbreviationBefore(ReadOnlySpan<char> s, int tokenStart, int dot)
    {
        // The letters before the full stop, looked at no further back than the longest abbreviation.
        var w = dot;
        while (w > tokenStart && dot - w <= MaxAbbreviationLength && char.IsLetter(s[w - 1]))
        {
            w--;
        }

        var length = dot - w;
        if (length == 0 || length > MaxAbbreviationLength)
        {
            return Abbreviation.None;
        }

        if (w > tokenStart)
        {
            var before = s[w - 1];
            if (before == '.' && length == 1 && w - 2 >= tokenStart && char.IsLetter(s[w - 2]))
            {
                // An initialism (U.S., U.N., a.m.); "e.g." and "i.e." always continue.
                var exempli = (s[w - 2] == 'e' && s[w] == 'g') || (s[w - 2] == 'i' && s[w] == 'e');
                return exempli ? Abbreviation.Title : Abbreviation.Ambiguous;
            }

            if (!IsOpener(before))
            {
                // The end of something longer ("al-Sham.", "example.com."): an ordinary word.
                return Abbreviation.None;
            }
        }

        if (length == 1 && char.IsUpper(s[w]))
        {
            return Abbreviation.Ambiguous;   // an initial: "George W. Bush"
        }

        return AbbreviationLookup.TryGetValue(s[w..dot], out var kind) ? kind : Abbreviation.None;
    }

    /// <summary>Whether a full stop at <paramref name="dot"/> glued to the next character ends a sentence ("territory.This").</summary>
    private static bool IsGluedSentenceEnd(ReadOnlySpan<char> s, int tokenStart, int dot, int end)
    {
        // The next word: a capital then a lower-case letter, and not followed by another full stop.
        var n = dot + 1;
        if (n + 1 >= end || !char.IsUpper(s[n]) || !char.IsLower(s[n + 1]))
        {
            return false;
        }

        // The word before: at least two letters ending in lower case, or digits ("in 2014.The").
        var p = dot - 1;
        if (p < tokenStart)
        {
            return false;
        }

        var before = s[p];
        if (char.IsLower(before))
        {
            if (p - 1 < tokenStart || !char.IsLetter(s[p - 1]))
            {
                return false;
            }
        }
        else if (!char.IsAsciiDigit(before))
        {
            return false;
        }

        if (AbbreviationBefore(s, tokenStart, dot) != Abbreviation.None)
        {
            return false;
        }

        // Not a domain starting "www." (the caller has ruled out URLs and e-mail addresses).
        if (s[tokenStart..dot].StartsWith("www", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // And the next word does not go on as an address ("Twitter.Com/sdf", "Example.Co.uk").
        var m = n + 2;
        while (m < end && m - n <= 32 && char.IsLetter(s[m]))
        {
            m++;
        }

        return m >= end || !(s[m] is '/' or '@' || (s[m] == '.' && m + 1 < end && char.IsLetter(s[m + 1])));
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> s, int word, int end)
    {
        var e = word;
        while (e < end && e - word <= 16 && (char.IsLetter(s[e]) || ((s[e] == '\'' || s[e] == '’') && e + 1 < end && char.IsLetter(s[e + 1]))))
        {
            e++;
        }

        // A capital followed by a full stop is another initial ("J. R. R."), not a word.
        if (e == word || (e < end && s[e] == '.'))
        {
            return false;
        }

        return OpenerLookup.Contains(s[word..e]);
    }

    /// <summary>The end of a bullet marker at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int BulletMarkerEnd(ReadOnlySpan<char> s, int i, int end)
    {
        if (i >= end)
        {
            return i;
        }

        var c = s[i];
        switch (c)
        {
            case '•' or '·' or '▪' or '◦' or '●' or '‣' or '■' or '□' or '►':
                return i + 1;
            case '-' or '*' or '–' or '—':
                return i + 1 < end && char.IsWhiteSpace(s[i + 1]) ? i + 1 : i;
        }

        var d = i;
        while (d < end && d - i < 3 && char.IsAsciiDigit(s[d]))
        {
            d++;
        }

        if (d > i && d + 1 < end && (s[d] == '.' || s[d] == ')') && char.IsWhiteSpace(s[d + 1]))
        {
            return d + 1;
        }

        return i;
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。' or '？' or '！';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '{';

    private static bool IsContinuingPunctuation(char c) => c is ',' or ';' or ':' or ')' or ']' or '}' or '”' or '’' or '.' or '?' or '!' or '…' or '%';

    private static int SkipWhiteSpace(ReadOnlySpan<char> s, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipHorizontalWhiteSpace(ReadOnlySpan<char> s, int i, int end)
    {
        while (i < end && s[i] != '\n' && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Appends trimmed sentences, cutting any longer than the limit (length-cut).</summary>
    private struct Emitter(string text, int max, List<TextRange> into)
    {
        public int Cuts { get; private set; }

        public void Emit(int start, int end)
        {
            var s = text.AsSpan();
            start = SkipWhiteSpace(s, start, end);
            while (end > start && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            if (end - start > max)
            {
                Cuts++;
            }

            while (end - start > max)
            {
                // The last white space at or before the limit; the regions scanned never overlap.
                var limit = start + max;
                var cut = limit;
                while (cut > start && !char.IsWhiteSpace(s[cut]))
                {
                    cut--;
                }

                int pieceEnd, next;
                if (cut > start)
                {
                    pieceEnd = cut;
                    while (pieceEnd > start && char.IsWhiteSpace(s[pieceEnd - 1]))
                    {
                        pieceEnd--;
                    }

                    next = SkipWhiteSpace(s, cut, end);
                }
                else
                {
                    // No white space: cut at the limit, but never between the halves of a surrogate pair.
                    pieceEnd = char.IsLowSurrogate(s[limit]) && char.IsHighSurrogate(s[limit - 1]) && limit - 1 > start ? limit - 1 : limit;
                    next = pieceEnd;
                }

                Debug.Assert(pieceEnd > start && pieceEnd - start <= max, "A cut piece is non-empty and within the limit.");
                into.Add(new TextRange(start, pieceEnd));
                start = next;
            }

            if (end > start)
            {
                into.Add(new TextRange(start, end));
            }
        }
    }
}
