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
/// when a gazetteer resolved it (null until then), and the rule that recognised it.
/// </summary>
public sealed record ToponymMention(TextRange Range, string Name, PlaceLevel Level, string? Qualifier, double? Lat, double? Lon, string Rule);
