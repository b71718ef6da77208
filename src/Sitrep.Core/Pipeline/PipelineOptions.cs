namespace Sitrep.Pipeline;

/// <summary>Limits and settings shared by every stage; one immutable record.</summary>
public sealed record PipelineOptions
{
    public static readonly PipelineOptions Default = new();

    /// <summary>Largest article accepted, in characters of text (the reader enforces the byte limit).</summary>
    public int MaxArticleChars { get; init; } = 10_000_000;

    /// <summary>Longest sentence, in characters, before the splitter cuts it at a safe boundary.</summary>
    public int MaxSentenceChars { get; init; } = 2_000;
}
