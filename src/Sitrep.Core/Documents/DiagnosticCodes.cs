namespace Sitrep.Documents;

/// <summary>Every diagnostic code Sitrep emits, in one place (stable: users filter on them).</summary>
public static class DiagnosticCodes
{
    // Reading (R)
    public const string TextNormalised = "R001";
    public const string EncodingFallback = "R002";
    public const string EncodingDetected = "R003";

    // Cleaning (C)
    public const string NoBodyFound = "C001";

    // Metadata (M)
    public const string NotEnglish = "M001";
    public const string LanguageUncertain = "M002";
    public const string ImpossibleDate = "M003";

    // Segmentation (S)
    public const string SentenceCut = "S001";
}
