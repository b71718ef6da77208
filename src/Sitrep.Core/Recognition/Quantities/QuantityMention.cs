using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognition.Quantities;

/// <summary>How a quantity bounds the amount it states (spec/claims.md, "Vague amounts").</summary>
public enum QuantityBound
{
    /// <summary>"23": low = high.</summary>
    Exact,

    /// <summary>"at least 62": low, open high.</summary>
    AtLeast,

    /// <summary>"more than 4 billion", "over 2,400": low, open high.</summary>
    MoreThan,

    /// <summary>"up to 840", "as high as 3,000": open low, high.</summary>
    AtMost,

    /// <summary>"less than five percent": open low, high.</summary>
    LessThan,

    /// <summary>"about 18", "nearly", "some 400": low = high, approximate.</summary>
    About,

    /// <summary>"8,000 to 11,000", "between 8,000 and 13,000", "1,500-2,500".</summary>
    Range,

    /// <summary>"several thousand", "hundreds", "a dozen": a conventional range, approximate.</summary>
    Vague,
}

/// <summary>The units a quantity can count. Strings, because claims and outputs use these names as data.</summary>
public static class QuantityUnits
{
    public const string Fighters = "fighters";
    public const string Soldiers = "soldiers";
    public const string Civilians = "civilians";
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    public const string Villages = "villages";
    public const string Towns = "towns";
    public const string PercentTerritory = "percent_territory";
    public const string Percent = "percent";
    public const string Other = "other";

    /// <summary>Money is counted in its ISO 4217 currency code ("USD"); this is used when the currency is unknown.</summary>
    public const string Money = "money";
}

/// <summary>
/// A number the text states: its range in the document text, the amount as low/high bounds (null
/// when open), whether it is approximate, what it counts, and the rule that recognised it.
/// </summary>
/// <param name="Range">The quantity's words ("at least 62", "8,000 to 11,000"), not the counted noun.</param>
/// <param name="Low">Lower bound; null when open ("up to 840").</param>
/// <param name="High">Upper bound; null when open ("at least 62").</param>
/// <param name="Approx">True for "about", vague amounts and fractions.</param>
/// <param name="Unit">One of <see cref="QuantityUnits"/> or a currency code.</param>
/// <param name="Counted">The counted noun phrase as written ("pro-government forces"), or null.</param>
/// <param name="Bound">How the amount is bounded.</param>
/// <param name="Rule">The named pattern that produced the mention, for `explain`.</param>
public sealed record QuantityMention(
    TextRange Range,
    double? Low,
    double? High,
    bool Approx,
    string Unit,
    string? Counted,
    QuantityBound Bound,
    string Rule);

/// <summary>The layer the quantities stage adds.</summary>
public static class QuantityLayers
{
    public static readonly LayerKey<ImmutableArray<QuantityMention>> Quantities = new("quantities");
}

/// <summary>Diagnostic codes of the quantity recogniser (stable: users filter on them).</summary>
public static class QuantityDiagnosticCodes
{
    /// <summary>A number too large to hold exactly (more than 15 significant digits, or over 10^15): reported and dropped, never wrapped.</summary>
    public const string NumberOverflow = "Q001";
}
