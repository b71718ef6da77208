using System.Text;

namespace Sitrep.Html;

/// <summary>
/// Caps element nesting before the page reaches the HTML parser. The HTML tree-construction
/// algorithm scans the stack of open elements for many start tags (a &lt;div&gt; looks for an open
/// &lt;p&gt;, an &lt;li&gt; for an open &lt;li&gt;), so a page of 100,000 nested elements costs
/// quadratic time in any conforming parser (AngleSharp takes over a minute). This pass scans the tags
/// once, in linear time, and removes the start and end tags of elements nested deeper than
/// <see cref="MaxDepth"/>; their text is kept and joins the element at the limit.
/// </summary>
/// <remarks>
/// The depth counted is an estimate, good enough for a limit: elements whose end tag is implied by
/// a sibling (p, li, td, a, headings…) and void elements are not counted; raw-text elements
/// (script, style, textarea, title…) are skipped whole; "/&gt;" closes an element only inside svg or
/// math, as in the parser. A page that never nests deeper than the limit is returned as it is.
/// </remarks>
internal static class NestingLimiter
{
    /// <summary>Deepest element nesting kept. Real pages stay well under 100.</summary>
    public const int MaxDepth = 256;

    public readonly record struct Result(string Html, int RemovedTags);

    public static Result Limit(string html, CancellationToken cancellationToken)
    {
        var depth = 0;
        var inForeign = false;
        List<(int Start, int End)>? cuts = null;
        var i = 0;
        var n = html.Length;
        var steps = 0;

        while (i < n)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            var c = html[lt + 1];
            if (c == '!')
            {
                i = SkipMarkupDeclaration(html, lt);
                continue;
            }

            if (c == '?')
            {
                i = AfterNext(html, '>', lt + 2);
                continue;
            }

            var isEnd = c == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</ x>" is a bogus comment; "<" before anything else is text.
                i = isEnd ? AfterNext(html, '>', nameStart) : lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < n && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = FindTagEnd(html, nameEnd, out var selfClosing);
            i = tagEnd;

            if (isEnd)
            {
                if (IsForeignRoot(name))
                {
                    inForeign = false;
                }

                if (IsCounted(name))
                {
                    if (depth > MaxDepth)
                    {
                        (cuts ??= []).Add((lt, tagEnd));
                    }

                    if (depth > 0)
                    {
                        depth--;
                    }
                }

                continue;
            }

            if (IsRawText(name))
            {
                i = FindRawTextEnd(html, tagEnd, name);
                continue;
            }

            if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (selfClosing && inForeign)
            {
                continue;
            }

            if (IsForeignRoot(name))
            {
                inForeign = true;
            }

            if (IsCounted(name))
            {
                if (depth >= MaxDepth)
                {
                    (cuts ??= []).Add((lt, tagEnd));
                }

                depth++;
            }
        }

        return cuts is null ? new Result(html, 0) : new Result(Cut(html, cuts), cuts.Count);
    }

    private static string Cut(string html, List<(int Start, int End)> cuts)
    {
        var removed = 0;
        foreach (var (start, end) in cuts)
        {
            removed += end - start;
        }

        var builder = new StringBuilder(html.Length - removed);
        var from = 0;
        foreach (var (start, end) in cuts)
        {
            builder.Append(html, from, start - from);
            from = end;
        }

        builder.Append(html, from, html.Length - from);
        return builder.ToString();
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static int AfterNext(string html, char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0)
        {
            // Doctype, CDATA section or bogus comment: up to the next '>'.
            return AfterNext(html, '>', lt + 2);
        }

        // "<!-->" and "<!--->" are complete (empty) comments.
        var bodyStart = lt + 4;
        if (bodyStart < html.Length && html[bodyStart] == '>')
        {
            return bodyStart + 1;
        }

        if (bodyStart + 1 < html.Length && html[bodyStart] == '-' && html[bodyStart + 1] == '>')
        {
            return bodyStart + 2;
        }

        var close = html.IndexOf("-->", bodyStart, StringComparison.Ordinal);
        return close < 0 ? html.Length : close + 3;
    }

    /// <summary>
    /// The index after the '&gt;' that ends a tag whose name ends at <paramref name="from"/>, skipping
    /// quoted attribute values as the tokenizer does; the end of the input if the tag never closes.
    /// </summary>
    private static int FindTagEnd(string html, int from, out bool selfClosing)
    {
        const int BetweenAttributes = 0, InName = 1, BeforeValue = 2, Unquoted = 3;
        var state = BetweenAttributes;
        var quote = '\0';
        var slash = false;
        selfClosing = false;

        for (var j = from; j < html.Length; j++)
        {
            var ch = html[j];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                    state = BetweenAttributes;
                }

                continue;
            }

            switch (ch)
            {
                case '>':
                    selfClosing = slash;
                    return j + 1;
                case ' ' or '\t' or '\n' or '\r' or '\f':
                    if (state is Unquoted or InName)
                    {
                        state = BetweenAttributes;
                    }

                    slash = false;
                    continue;
                case '=' when state is InName or BetweenAttributes:
                    state = BeforeValue;
                    slash = false;
                    continue;
                case '"' or '\'' when state is BeforeValue:
                    quote = ch;
                    continue;
                case '/' when state is BetweenAttributes or InName:
                    slash = true;
                    state = BetweenAttributes;
                    continue;
                default:
                    state = state is BeforeValue or Unquoted ? Unquoted : InName;
                    slash = false;
                    continue;
            }
        }

        return html.Length;
    }

    /// <summary>After the end tag that closes a raw-text element, or the end of the input.</summary>
    private static int FindRawTextEnd(string html, int from, ReadOnlySpan<char> name)
    {
        var needle = "</" + name.ToString();
        var at = from;
        while (at < html.Length)
        {
            var close = html.IndexOf(needle, at, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return html.Length;
            }

            var after = close + needle.Length;
            if (after >= html.Length || IsTagNameEnd(html[after]))
            {
                return close;
            }

            at = after;
        }

        return html.Length;
    }

    private static bool IsForeignRoot(ReadOnlySpan<char> name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[8];
        lower = lower[..name.Length];
        name.ToLowerInvariant(lower);
        return lower is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title";
    }

    /// <summary>Elements that stay open until their end tag and so can nest without limit.</summary>
    private static bool IsCounted(ReadOnlySpan<char> name)
    {
        if (name.Length > 10)
        {
            return true;
        }

        Span<char> lower = stackalloc char[10];
        lower = lower[..name.Length];
        name.ToLowerInvariant(lower);
        return lower switch
        {
            // Implied end tags: a sibling start tag closes them.
            "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "rb" or "rt" or "rtc" or "rp" or "tr" or "td" or "th"
                or "thead" or "tbody" or "tfoot" or "caption" or "colgroup" or "a" or "button" or "nobr" or "select" or "form"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => false,

            // Void elements.
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "image" or "input" or "link" or "meta" or "param"
                or "source" or "track" or "wbr" or "keygen" or "frame" or "basefont" or "bgsound" => false,

            // The document's own frame.
            "html" or "head" or "body" or "frameset" => false,
            _ => true,
        };
    }
}
