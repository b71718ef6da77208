using Sitrep.Text;

namespace Sitrep.Claims.Attribution;

/// <summary>
/// Who asserts what a sentence says: the organisation (an actor id, or a person's surname id when
/// they have none), the person quoted, and the rule and cue that decided it. A sentence the text
/// says in its own voice has <see cref="Attributed"/> false and no source.
/// </summary>
public sealed record SentenceAttribution(int Sentence, bool Attributed, string? Source, string? Speaker, string Rule, TextRange? Cue)
{
    public static SentenceAttribution Unattributed(int sentence) => new(sentence, false, null, null, "own-voice", null);
}

/// <summary>A word that hedges or negates, and where it stands.</summary>
public sealed record Marker(TextRange Range, string Cue, string Rule);

/// <summary>The attribution layer: one entry per sentence, and the hedging and negation markers found.</summary>
public sealed record AttributionLayer(
    System.Collections.Immutable.ImmutableArray<SentenceAttribution> Sentences,
    System.Collections.Immutable.ImmutableArray<Marker> Hedges,
    System.Collections.Immutable.ImmutableArray<Marker> Negations);
