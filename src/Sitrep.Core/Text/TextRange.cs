namespace Sitrep.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's text.</summary>
public readonly record struct TextRange
{
    public TextRange(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid range [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public static TextRange FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public string Slice(string text) => text.Substring(Start, Length);

    /// <summary>The same range with leading and trailing white space of <paramref name="text"/> removed.</summary>
    public TextRange Trim(string text)
    {
        int s = Start, e = End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextRange(s, e);
    }

    public override string ToString() => $"[{Start}, {End})";
}
