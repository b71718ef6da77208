using System.Collections.Immutable;

namespace Sitrep.Text;

/// <summary>
/// A monotonic map from offsets in a derived text (after normalisation) back to offsets in the
/// text it came from. It is stored as anchors where the two texts stop running in step: at an
/// anchor, the stretch before it ends at <c>PrecedingEnd</c> in the source and the stretch after it
/// starts at <c>FollowingStart</c> (they differ where source characters were dropped). Between
/// anchors the texts are identical, so an offset maps by its distance from the last anchor.
/// </summary>
public sealed class OffsetMap
{
    private readonly ImmutableArray<Anchor> anchors;

    private OffsetMap(ImmutableArray<Anchor> anchors, int derivedLength, int sourceLength)
    {
        this.anchors = anchors;
        DerivedLength = derivedLength;
        SourceLength = sourceLength;
    }

    public int DerivedLength { get; }

    public int SourceLength { get; }

    public bool IsIdentity => anchors.IsEmpty && DerivedLength == SourceLength;

    public int AnchorCount => anchors.Length;

    public static OffsetMap Identity(int length) => new([], length, length);

    /// <summary>Where the character at derived <paramref name="offset"/> starts in the source (for range starts).</summary>
    public int ToSourceStart(int offset)
    {
        CheckOffset(offset);
        var i = LastAnchorAtOrBefore(offset);
        return i < 0 ? offset : Math.Min(anchors[i].FollowingStart + (offset - anchors[i].Derived), SourceLength);
    }

    /// <summary>Where the text before derived <paramref name="offset"/> ends in the source (for range ends).</summary>
    public int ToSourceEnd(int offset)
    {
        CheckOffset(offset);
        var i = LastAnchorAtOrBefore(offset);
        if (i < 0)
        {
            return offset;
        }

        if (anchors[i].Derived == offset)
        {
            return anchors[i].PrecedingEnd;
        }

        return Math.Min(anchors[i].FollowingStart + (offset - anchors[i].Derived), SourceLength);
    }

    /// <summary>A range of the derived text as the range of the source it came from.</summary>
    public TextRange ToSource(TextRange range)
    {
        var start = ToSourceStart(range.Start);
        var end = range.IsEmpty ? start : Math.Max(start, ToSourceEnd(range.End));
        return new TextRange(start, end);
    }

    private void CheckOffset(int offset)
    {
        if ((uint)offset > (uint)DerivedLength)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"Offset {offset} is outside [0, {DerivedLength}].");
        }
    }

    private int LastAnchorAtOrBefore(int offset)
    {
        int lo = 0, hi = anchors.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (anchors[mid].Derived <= offset)
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

    private readonly record struct Anchor(int Derived, int PrecedingEnd, int FollowingStart);

    /// <summary>Records anchors while a derived text is written from a source text, left to right.</summary>
    public sealed class Builder
    {
        private readonly List<Anchor> anchors = [];

        /// <summary>Source characters [<paramref name="from"/>, <paramref name="to"/>) were dropped at derived <paramref name="derivedOffset"/>.</summary>
        public void Dropped(int derivedOffset, int from, int to) => Add(derivedOffset, from, to);

        /// <summary>Source [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>) became derived [<paramref name="derivedStart"/>, <paramref name="derivedEnd"/>).</summary>
        public void Replaced(int derivedStart, int derivedEnd, int sourceStart, int sourceEnd)
        {
            Add(derivedStart, sourceStart, sourceStart);
            Add(derivedEnd, sourceEnd, sourceEnd);
        }

        private void Add(int derived, int precedingEnd, int followingStart)
        {
            if (anchors.Count > 0)
            {
                var last = anchors[^1];
                if (derived < last.Derived || precedingEnd < last.FollowingStart)
                {
                    throw new InvalidOperationException("Offset map anchors must be added in order.");
                }

                if (derived == last.Derived)
                {
                    anchors[^1] = last with { FollowingStart = Math.Max(followingStart, last.FollowingStart) };
                    return;
                }

                if (precedingEnd == followingStart && followingStart - last.FollowingStart == derived - last.Derived)
                {
                    return; // still in step: no anchor needed
                }
            }
            else if (precedingEnd == followingStart && derived == followingStart)
            {
                return;
            }

            anchors.Add(new Anchor(derived, precedingEnd, followingStart));
        }

        public OffsetMap Build(int derivedLength, int sourceLength) =>
            anchors.Count == 0 && derivedLength == sourceLength
                ? Identity(derivedLength)
                : new OffsetMap([.. anchors], derivedLength, sourceLength);
    }
}
