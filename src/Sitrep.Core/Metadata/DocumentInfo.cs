using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Metadata;

public enum Genre
{
    News,

    /// <summary>Opinion, comment, column or analysis written in the author's own voice.</summary>
    Opinion,
}

/// <summary>How the text credits a news agency.</summary>
public enum WireEvidence
{
    /// <summary>"BEIRUT (AFP) -", "(Reuters) -".</summary>
    Dateline,

    /// <summary>"This was reported by AFP news agency", "told AFP", "Reporting by ... Reuters".</summary>
    TextCredit,

    /// <summary>"[Stringer/AFP]", "AFP PHOTO", "Photo: Reuters".</summary>
    PhotoCredit,
}

/// <summary>One credit to a news agency found in the text.</summary>
public sealed record WireCredit(string Agency, WireEvidence Evidence, TextRange Range, string Rule);

/// <summary>A publication date with where it came from; <see cref="Date"/> is null when unknown.</summary>
public sealed record PublicationDate(DateOnly? Date, DateBasis Basis, TextRange? Evidence, string Rule)
{
    public static readonly PublicationDate Unknown = new(null, DateBasis.None, null, "none");
}

/// <summary>The language the text is written in, as ISO 639-1, with a score in [0, 1].</summary>
public sealed record LanguageGuess(string Code, double Confidence, string Rule)
{
    public bool IsEnglish => Code == "en";
}

/// <summary>What the metadata stage learnt about the article as a whole.</summary>
public sealed record DocumentInfo(
    string? Title,
    Genre Genre,
    string GenreRule,
    ImmutableArray<WireCredit> Wire,
    PublicationDate Published,
    LanguageGuess Language)
{
    /// <summary>The agencies credited, each once, in order of first credit.</summary>
    public ImmutableArray<string> Agencies => [.. Wire.Select(w => w.Agency).Distinct()];
}
