using Sitrep.Documents;

namespace Sitrep.Cli.Input;

/// <summary>Where an article's content comes from.</summary>
public enum InputKind
{
    /// <summary>A file on disk; its format is told from its name and content.</summary>
    File,

    /// <summary>Plain text given inline (a manifest's "text", or standard input).</summary>
    InlineText,

    /// <summary>HTML given inline (a manifest's "html").</summary>
    InlineHtml,

    /// <summary>An input that could not even be listed (a malformed manifest line, a missing path).</summary>
    Broken,
}

/// <summary>
/// One article to process: its reported name, where its content is, and metadata given with it.
/// <see cref="Label"/> names it in error messages ("manifest.jsonl:12", "seeds/a.txt").
/// </summary>
public sealed record InputItem(string Name, string Label, InputKind Kind, string Content, ArticleMetadata Given)
{
    /// <summary>For <see cref="InputKind.Broken"/>: why.</summary>
    public string? Problem { get; init; }

    public static InputItem FromFile(string path, string name) => new(name, path, InputKind.File, path, ArticleMetadata.Empty);

    public static InputItem Broken(string label, string problem) => new(label, label, InputKind.Broken, string.Empty, ArticleMetadata.Empty) { Problem = problem };
}
