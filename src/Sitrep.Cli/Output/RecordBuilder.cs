using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Metadata;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli.Output;

/// <summary>Renders a processed <see cref="Document"/> as the contract's document record.</summary>
public static class RecordBuilder
{
    /// <summary>How many words <c>body_first</c> and <c>body_last</c> quote.</summary>
    public const int FirstWords = 8;

    public const int LastWords = 4;

    public static DocumentRecord Build(Document document)
    {
        var info = document.Get(Layers.Info);
        var cleaned = document.Get(Layers.Cleaned);
        var body = cleaned.BodyParagraphs.ToList();
        return new DocumentRecord
        {
            Doc = document.Name,
            Published = info.Published.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PublishedBasis = info.Published.Date is null ? null : Basis(info.Published.Basis),
            Genre = info.Genre == Genre.Opinion ? "opinion" : "news",
            Title = info.Title,
            BodyFirst = body.Count == 0 ? null : FirstWordsOf(document, body[0].Range, FirstWords),
            BodyLast = body.Count == 0 ? null : LastWordsOf(document, body[^1].Range, LastWords),
            Wire = info.Agencies,
            Claims = document.TryGet(Sitrep.Claims.ClaimLayers.Claims, out var claims) ? [.. claims.Select(c => Claim(document, c))] : [],
        };
    }

    /// <summary>A claim as the contract writes it; its sentence is quoted from the text as given.</summary>
    public static ClaimRecord Claim(Document document, Sitrep.Claims.Claim claim) => new()
    {
        Kind = claim.Kind.ToString().ToLowerInvariant(),
        Sentence = AsGiven(document, claim.SentenceRange),
        Actor = claim.Actor,
        Other = claim.Other,
        Place = claim.Place is { } p ? new PlaceRecord(p.Name, p.Lat, p.Lon, p.Level) : null,
        PlaceDetail = claim.PlaceDetail,
        Status = claim.Status?.ToString().ToLowerInvariant(),
        EventType = claim.EventType?.ToString().ToLowerInvariant(),
        Quantity = claim.Quantity is { } q ? new QuantityRecord(q.Low, q.High, q.Unit, q.Approx) : null,
        Date = claim.Date,
        Source = claim.Source,
        Attributed = claim.Attributed,
        Speaker = claim.Speaker,
        Negated = claim.Negated,
        Hedged = claim.Hedged,
        Rule = claim.Rule,
        DateRule = claim.DateRule,
        Coding = Coding(claim, AsGiven(document, claim.SentenceRange)),
    };

    /// <summary>The claim's ACLED/UCDP coding, with actor types from the shipped dictionary; null when it is not an event.</summary>
    public static CodingRecord? Coding(Sitrep.Claims.Claim claim, string? sentence = null)
    {
        var code = Sitrep.Claims.Coding.EventCoding.Code(claim, ActorTypeOf, sentence);
        return code.AcledEventType is null
            ? null
            : new CodingRecord(code.AcledEventType, code.AcledSubEventType, code.AcledGeoPrecision, code.AcledTimePrecision,
                code.FatalitiesLow, code.FatalitiesBest, code.FatalitiesHigh, code.UcdpWherePrec, code.UcdpDatePrec, code.Rule);
    }

    private static Sitrep.Recognition.Actors.ActorType? ActorTypeOf(string id) =>
        Sitrep.Recognition.Actors.ActorDictionary.Default.Actors.TryGetValue(id, out var actor) ? actor.Type : null;

    public static string Basis(DateBasis basis) => basis switch
    {
        DateBasis.Given => "given",
        DateBasis.Text => "text",
        DateBasis.Inferred => "inferred",
        _ => "null",
    };

    /// <summary>The text as given, from the start of <paramref name="range"/> through its n-th white-space-separated word.</summary>
    internal static string FirstWordsOf(Document document, TextRange range, int n)
    {
        var text = document.Text;
        var i = range.Start;
        var words = 0;
        while (i < range.End && words < n)
        {
            while (i < range.End && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < range.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            words++;
        }

        return AsGiven(document, new TextRange(range.Start, i));
    }

    /// <summary>The text as given, from the n-th white-space-separated word before the end of <paramref name="range"/>.</summary>
    internal static string LastWordsOf(Document document, TextRange range, int n)
    {
        var text = document.Text;
        var i = range.End;
        var words = 0;
        while (i > range.Start && words < n)
        {
            while (i > range.Start && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            while (i > range.Start && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            words++;
        }

        return AsGiven(document, new TextRange(i, range.End));
    }

    private static string AsGiven(Document document, TextRange range) => document.SourceRange(range).Slice(document.Source.Text);
}
