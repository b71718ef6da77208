using System.Text.Json.Serialization;

namespace Sitrep.Cli.Output;

/// <summary>A document record exactly in the shape of spec/claims.md.</summary>
public sealed record DocumentRecord
{
    [JsonPropertyName("doc")]
    public required string Doc { get; init; }

    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("published_basis")]
    public string? PublishedBasis { get; init; }

    [JsonPropertyName("genre")]
    public required string Genre { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("body_first")]
    public string? BodyFirst { get; init; }

    [JsonPropertyName("body_last")]
    public string? BodyLast { get; init; }

    [JsonPropertyName("wire")]
    public required IReadOnlyList<string> Wire { get; init; }

    [JsonPropertyName("claims")]
    public required IReadOnlyList<ClaimRecord> Claims { get; init; }
}

/// <summary>A place as the claims contract writes it.</summary>
public sealed record PlaceRecord(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("lon")] double? Lon,
    [property: JsonPropertyName("level")] string? Level);

/// <summary>A quantity as the claims contract writes it.</summary>
public sealed record QuantityRecord(
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("approx")] bool Approx);

/// <summary>A claim record of spec/claims.md, every key present in the spec's order.</summary>
public sealed record ClaimRecord
{
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("sentence")]
    public required string Sentence { get; init; }

    [JsonPropertyName("actor")]
    public string? Actor { get; init; }

    [JsonPropertyName("other")]
    public string? Other { get; init; }

    [JsonPropertyName("place")]
    public PlaceRecord? Place { get; init; }

    [JsonPropertyName("place_detail")]
    public string? PlaceDetail { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }

    [JsonPropertyName("quantity")]
    public QuantityRecord? Quantity { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("attributed")]
    public bool Attributed { get; init; }

    [JsonPropertyName("speaker")]
    public string? Speaker { get; init; }

    [JsonPropertyName("negated")]
    public bool Negated { get; init; }

    [JsonPropertyName("hedged")]
    public bool Hedged { get; init; }

    // Beyond the contract (scorers ignore them): why the claim was made, and its event coding.

    /// <summary>The rule that made the claim and the rule that dated it.</summary>
    [JsonPropertyName("rule")]
    public string? Rule { get; init; }

    [JsonPropertyName("date_rule")]
    public string? DateRule { get; init; }

    /// <summary>ACLED and UCDP coding of the claim; null for claims that are not events.</summary>
    [JsonPropertyName("coding")]
    public CodingRecord? Coding { get; init; }
}

/// <summary>A claim coded in ACLED's and UCDP's terms.</summary>
public sealed record CodingRecord(
    [property: JsonPropertyName("acled_event_type")] string? AcledEventType,
    [property: JsonPropertyName("acled_sub_event_type")] string? AcledSubEventType,
    [property: JsonPropertyName("acled_geo_precision")] int? AcledGeoPrecision,
    [property: JsonPropertyName("acled_time_precision")] int? AcledTimePrecision,
    [property: JsonPropertyName("fatalities_low")] int? FatalitiesLow,
    [property: JsonPropertyName("fatalities_best")] int? FatalitiesBest,
    [property: JsonPropertyName("fatalities_high")] int? FatalitiesHigh,
    [property: JsonPropertyName("ucdp_where_prec")] int? UcdpWherePrec,
    [property: JsonPropertyName("ucdp_date_prec")] int? UcdpDatePrec,
    [property: JsonPropertyName("rule")] string Rule);

/// <summary>Source-generated JSON for the records: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(DocumentRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;

/// <summary>The serializer context Sitrep writes with: text is kept readable (no \u escapes for quotes or non-ASCII).</summary>
public static class RecordJson
{
    public static RecordJsonContext Context { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
