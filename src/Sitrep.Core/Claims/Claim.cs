using Sitrep.Text;

namespace Sitrep.Claims;

public enum ClaimKind
{
    Control,
    Strength,
    Casualties,
    Event,
    Forecast,
}

public enum ControlStatus
{
    Holds,
    Gained,
    Lost,
    Besieged,
    Presence,
    None,
}

public enum EventType
{
    Attack,
    Airstrike,
    Clash,
    Offensive,
    Siege,
    Surrender,
    Evacuation,
    Declaration,
    Capture,
    Other,
}

/// <summary>An amount a claim states: bounds (null when open), what is counted, whether approximate.</summary>
public sealed record ClaimQuantity(double? Low, double? High, string Unit, bool Approx);

/// <summary>Where a claim is: the place as named in the text, resolved when the gazetteer knows it.</summary>
public sealed record ClaimPlace(string Name, double? Lat, double? Lon, string? Level, TextRange Mention);

/// <summary>
/// One assertion of one sentence (spec/claims.md): what kind, who and where, how much, when, who says
/// so, and the rule that made it (for `explain`). Dates are TIMEX-like strings: YYYY, YYYY-MM,
/// YYYY-MM-DD or A/B.
/// </summary>
public sealed record Claim
{
    public required ClaimKind Kind { get; init; }

    public required int Sentence { get; init; }

    public required TextRange SentenceRange { get; init; }

    public string? Actor { get; init; }

    public string? Other { get; init; }

    public ClaimPlace? Place { get; init; }

    public string? PlaceDetail { get; init; }

    public ControlStatus? Status { get; init; }

    public EventType? EventType { get; init; }

    public ClaimQuantity? Quantity { get; init; }

    public string? Date { get; init; }

    /// <summary>The named rule that chose <see cref="Date"/> (spec: the clause's expression, else the tense).</summary>
    public string? DateRule { get; init; }

    public string? Source { get; init; }

    public bool Attributed { get; init; }

    public string? Speaker { get; init; }

    public bool Negated { get; init; }

    public bool Hedged { get; init; }

    /// <summary>The named rule that produced the claim.</summary>
    public required string Rule { get; init; }

    /// <summary>The words the rule fired on (the verb, the number).</summary>
    public required TextRange Evidence { get; init; }

    /// <summary>Where to look for the claim's place when it is not after the evidence ("in Iraq from the army": the "in").</summary>
    public TextRange? PlaceAnchor { get; init; }
}
