using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>What kind of input an article was read from.</summary>
public enum SourceFormat
{
    PlainText,
    Html,
}

/// <summary>
/// Metadata known about an article before its text is analysed: given by the user (a manifest or a
/// command-line option) or read from the page's own markup (HTML meta tags, schema.org).
/// </summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from.</summary>
    public DateBasis PublishedBasis { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    /// <summary>A genre hint from markup such as og:type or schema.org's @type ("OpinionNewsArticle").</summary>
    public string? GenreHint { get; init; }

    /// <summary>Language declared by the page (html lang, og:locale), lower-case ISO 639-1 where known.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Values given by the user win over values read from the page.</summary>
    public ArticleMetadata OverriddenBy(ArticleMetadata given) => new()
    {
        Title = given.Title ?? Title,
        Published = given.Published ?? Published,
        PublishedBasis = given.Published is not null ? given.PublishedBasis : PublishedBasis,
        Outlet = given.Outlet ?? Outlet,
        Url = given.Url ?? Url,
        Author = given.Author ?? Author,
        GenreHint = given.GenreHint ?? GenreHint,
        DeclaredLanguage = given.DeclaredLanguage ?? DeclaredLanguage,
    };
}

/// <summary>Where a publication date was learnt.</summary>
public enum DateBasis
{
    None,

    /// <summary>Given by the user (manifest or --published).</summary>
    Given,

    /// <summary>Stated by the page or the text (meta tag, dateline, "Published").</summary>
    Text,

    /// <summary>Inferred from indirect evidence.</summary>
    Inferred,
}

/// <summary>A piece of the input that a reader dropped before the text was formed (HTML boilerplate), and why.</summary>
public sealed record Removal(string Rule, string Reason, string Excerpt);

/// <summary>
/// One article as read from its input: the text exactly as given (decoded, for plain text; the
/// extracted article text, for HTML), its metadata and what the reader already removed.
/// </summary>
public sealed record SourceArticle
{
    public SourceArticle(string name, string text, SourceFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        Text = text;
        Format = format;
    }

    public string Name { get; }

    public string Text { get; }

    public SourceFormat Format { get; }

    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>Removals made while reading (HTML boilerplate), in document order.</summary>
    public ImmutableArray<Removal> Removals { get; init; } = [];

    /// <summary>Notes from reading, such as the encoding that was assumed.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
