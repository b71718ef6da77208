using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>How large a place is (spec/claims.md levels).</summary>
public enum PlaceLevel
{
    Country,
    Admin1,
    Admin2,
    Settlement,
    District,
    Feature,
    Region,
}

/// <summary>
/// A place named in the text: its span, the name it is reported under ("Deir Ezzor Governorate"
/// for "Deir Ezzor province"), its level, the qualifier around it ("eastern", "near"), coordinates
/// when the gazetteer resolved it (null when it could not: an unknown village keeps its span), and
/// the rule that recognised it. What resolution adds is in the init-only properties.
/// </summary>
public sealed record ToponymMention(TextRange Range, string Name, PlaceLevel Level, string? Qualifier, double? Lat, double? Lon, string Rule)
{
    /// <summary>The gazetteer entry it was resolved to (its index in <see cref="Gazetteer.Entries"/>), null when unresolved.</summary>
    public int? EntryId { get; init; }

    /// <summary>The gazetteer's name of the place it was resolved to ("Deir ez-Zor"), null when unresolved.</summary>
    public string? ResolvedName { get; init; }

    /// <summary>The GeoNames id of the place, when it came from GeoNames.</summary>
    public int? GeoNamesId { get; init; }

    /// <summary>ISO 3166 alpha-2 country of the place, when resolved.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The admin-1 division's name ("Deir ez-Zor"), when resolved and known.</summary>
    public string? Admin1 { get; init; }

    /// <summary>
    /// UCDP-style precision of the coordinates: 1 the place itself, 2 within about 25 km of it (a
    /// direction of a city), 3 a second-order division, 4 a first-order division, 5 a region or a
    /// part of a country, 6 the country; null when unresolved.
    /// </summary>
    public int? Precision { get; init; }

    /// <summary>Which evidence picked the entry ("prior", "container", "focus", "nearby", "only", "fuzzy"), null when unresolved.</summary>
    public string? Resolution { get; init; }

    /// <summary>For a name the gazetteer spells only approximately (resolution "fuzzy"), how similar the nearest key is (0.85–1).</summary>
    public double? MatchScore { get; init; }

    /// <summary>True when the gazetteer resolved it and it has coordinates.</summary>
    public bool IsResolved => Lat is not null && Lon is not null;
}
