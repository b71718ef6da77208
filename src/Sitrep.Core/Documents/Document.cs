using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Documents;

/// <summary>
/// One article: its text, stored once, and the annotation layers stages have added as offsets into
/// it. Immutable: adding a layer returns a new document that shares everything else.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<LayerKey, object> layers;

    private Document(
        SourceArticle source,
        string text,
        OffsetMap toSource,
        ImmutableDictionary<LayerKey, object> layers,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Text = text;
        ToSource = toSource;
        this.layers = layers;
        Diagnostics = diagnostics;
    }

    /// <summary>The article as read; its <see cref="SourceArticle.Text"/> is what offsets are reported against.</summary>
    public SourceArticle Source { get; }

    public string Name => Source.Name;

    /// <summary>The normalised text every layer points into.</summary>
    public string Text { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to <see cref="SourceArticle.Text"/>.</summary>
    public OffsetMap ToSource { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IEnumerable<LayerKey> Layers => layers.Keys;

    public static Document Create(SourceArticle source, string normalisedText, OffsetMap toSource)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (toSource.DerivedLength != normalisedText.Length || toSource.SourceLength != source.Text.Length)
        {
            throw new ArgumentException("The offset map does not fit the texts.", nameof(toSource));
        }

        return new Document(source, normalisedText, toSource, ImmutableDictionary<LayerKey, object>.Empty, source.Diagnostics);
    }

    public bool Has(LayerKey key) => layers.ContainsKey(key);

    public T Get<T>(LayerKey<T> key)
        where T : notnull =>
        layers.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Layer '{key.Name}' has not been produced; is its stage in the pipeline?");

    public bool TryGet<T>(LayerKey<T> key, out T value)
        where T : notnull
    {
        if (layers.TryGetValue(key, out var v))
        {
            value = (T)v;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Adds a layer. A layer is written once: a stage never edits another's.</summary>
    public Document With<T>(LayerKey<T> key, T value)
        where T : notnull
    {
        if (layers.ContainsKey(key))
        {
            throw new InvalidOperationException($"Layer '{key.Name}' is already present.");
        }

        return new Document(Source, Text, ToSource, layers.Add(key, value), Diagnostics);
    }

    public Document WithDiagnostics(IEnumerable<Diagnostic> more) =>
        new(Source, Text, ToSource, layers, Diagnostics.AddRange(more));

    public string Slice(TextRange range) => range.Slice(Text);

    /// <summary>A range of <see cref="Text"/> as a range of the text as given.</summary>
    public TextRange SourceRange(TextRange range) => ToSource.ToSource(range);
}
