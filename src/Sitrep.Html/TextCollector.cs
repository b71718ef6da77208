using System.Text;

namespace Sitrep.Html;

/// <summary>
/// Gathers the visible text of a block as a browser shows it: every run of white space becomes one
/// space, none at the ends. No-break spaces (U+00A0, U+202F, U+2007) are text, kept as they are.
/// </summary>
internal sealed class TextCollector
{
    private readonly StringBuilder _builder = new();
    private readonly int _limit;
    private bool _pendingSpace;

    /// <param name="limit">Stop collecting after this many characters (for excerpts).</param>
    public TextCollector(int limit = int.MaxValue)
    {
        _limit = limit;
    }

    /// <summary>Characters collected, counting a collapsed space as one.</summary>
    public int Length => _builder.Length;

    /// <summary>Characters collected inside links.</summary>
    public int LinkChars { get; private set; }

    public bool IsFull => _builder.Length >= _limit;

    /// <summary>Whether anything but white space and no-break spaces was collected.</summary>
    public bool HasVisibleText { get; private set; }

    public static bool IsCollapsible(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v'
        || (c > '\u007f' && c is not ('\u00a0' or '\u202f' or '\u2007') && char.IsWhiteSpace(c));

    /// <summary>A boundary between words that the markup implies (a table cell, a dropped element).</summary>
    public void Space() => _pendingSpace = _builder.Length > 0;

    public void Append(ReadOnlySpan<char> text, bool inLink = false)
    {
        var start = 0;
        for (var i = 0; i <= text.Length && !IsFull; i++)
        {
            if (i < text.Length && !IsCollapsible(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                if (_pendingSpace)
                {
                    _builder.Append(' ');
                    _pendingSpace = false;
                }

                var run = text[start..i];
                _builder.Append(run);
                if (inLink)
                {
                    LinkChars += run.Length;
                }

                if (!HasVisibleText && run.ContainsAnyExcept(NoBreakSpaces))
                {
                    HasVisibleText = true;
                }
            }

            if (i < text.Length)
            {
                _pendingSpace = _builder.Length > 0;
            }

            start = i + 1;
        }
    }

    public void Clear()
    {
        _builder.Clear();
        _pendingSpace = false;
        LinkChars = 0;
        HasVisibleText = false;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The text cut to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(' '), "…");
    }

    /// <summary>White space collapsed and trimmed, as for a title or attribute value.</summary>
    public static string Collapse(string text)
    {
        var collector = new TextCollector();
        collector.Append(text);
        return collector.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> NoBreakSpaces = System.Buffers.SearchValues.Create("\u00a0\u202f\u2007");
}
