using System.Collections.Immutable;

namespace Sitrep.Text;

/// <summary>
/// A monotonic map from offsets in a derived text (after normalisation) back to offsets in the
/// text it came from. Stored as anchors where the two texts stop running in step; between
/// anchors the texts are identical, so an offset maps by its distance from the last anchor.
/// </summary>
public sealed class OffsetMap
{
    private readonly ImmutableArray<int> derived;
    private readonly ImmutableArray<int> source;

    private OffsetMap(ImmutableArray<int> derived, ImmutableArray<int> source, int derivedLength, int sourceLength)
    {
        this.derived = derived;
        this.source = source;
        DerivedLength = derivedLength;
        SourceLength = sourceLength;
    }

    public int DerivedLength { get; }

    public int SourceLength { get; }

    public bool IsIdentity => derived.IsEmpty && DerivedLength == SourceLength;

    public int AnchorCount => derived.Length;

    public static OffsetMap Identity(int length) => new([], [], length, length);

    /// <summary>Maps an offset in the derived text (0..DerivedLength) to the source text.</summary>
    public int ToSource(int offset)
    {
        if ((uint)offset > (uint)DerivedLength)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        var i = LastAnchorAtOrBefore(offset);
        if (i < 0)
        {
            return Math.Min(offset, SourceLength);
        }

        var mapped = source[i] + (offset - derived[i]);
        var ceiling = i + 1 < source.Length ? source[i + 1] : SourceLength;
        return Math.Min(mapped, ceiling);
    }

    public TextRange ToSource(TextRange range) => new(ToSource(range.Start), Math.Max(ToSource(range.Start), ToSource(range.End)));

    private int LastAnchorAtOrBefore(int offset)
    {
        int lo = 0, hi = derived.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (derived[mid] <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Records anchors while a derived text is written from a source text, left to right.</summary>
    public sealed class Builder
    {
        private readonly List<(int Derived, int Source)> anchors = [];

        /// <summary>From <paramref name="derivedOffset"/> on, the derived text runs in step with the source from <paramref name="sourceOffset"/>.</summary>
        public void Anchor(int derivedOffset, int sourceOffset)
        {
            if (anchors.Count > 0)
            {
                var last = anchors[^1];
                if (derivedOffset < last.Derived || sourceOffset < last.Source)
                {
                    throw new InvalidOperationException("Offset map anchors must be added in order.");
                }

                if (derivedOffset == last.Derived)
                {
                    anchors[^1] = (derivedOffset, Math.Max(sourceOffset, last.Source));
                    return;
                }

                if (sourceOffset - last.Source == derivedOffset - last.Derived)
                {
                    return; // still in step: no anchor needed
                }
            }
            else if (derivedOffset == sourceOffset)
            {
                return;
            }

            anchors.Add((derivedOffset, sourceOffset));
        }

        public OffsetMap Build(int derivedLength, int sourceLength)
        {
            if (anchors.Count == 0 && derivedLength == sourceLength)
            {
                return Identity(derivedLength);
            }

            return new OffsetMap(
                [.. anchors.Select(a => a.Derived)],
                [.. anchors.Select(a => a.Source)],
                derivedLength,
                sourceLength);
        }
    }
}
