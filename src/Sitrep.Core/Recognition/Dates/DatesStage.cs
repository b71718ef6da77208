using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Adds the dates layer: every temporal expression of every sentence (all blocks but page
/// furniture), TimeML TIMEX3, resolved against the publication date the metadata stage found or
/// was given. One pass over the tokens of each sentence.
/// </summary>
public sealed class DatesStage : IStage
{
    public string Name => "dates";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens, Layers.Info];

    public IReadOnlyList<LayerKey> Produces => [DateLayers.Dates];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var anchor = document.Get(Layers.Info).Published.Date;
        return Run(document, anchor, cancellationToken);
    }

    /// <summary>Recognises against an explicit anchor (for tests and tools that have no metadata layer).</summary>
    public static Document Run(Document document, DateOnly? anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = document.Get(Layers.Sentences);
        var tokens = document.Get(Layers.Tokens).AsSpan();
        var normalizer = new TemporalNormalizer(anchor);
        var found = new List<TemporalMention>();
        var diagnostics = new List<Diagnostic>();
        var state = new TemporalRecognizer.DiscourseState();
        var t = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = sentence.Range;
            while (t < tokens.Length && tokens[t].Range.Start < range.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].Range.End <= range.End)
            {
                t++;
            }

            TemporalRecognizer.Recognize(text, tokens[first..t], normalizer, state, found, diagnostics);
        }

        if (anchor is null && found.Any(m => m.Policy == TemporalNormalizer.Unanchored))
        {
            diagnostics.Add(new Diagnostic(DateDiagnosticCodes.NoAnchor, Severity.Info,
                "no publication date: relative dates are left with unknown parts"));
        }

        var result = document.With(DateLayers.Dates, [.. found]);
        return diagnostics.Count == 0 ? result : result.WithDiagnostics(diagnostics);
    }
}

/// <summary>Registration of the dates stage.</summary>
public static class DatesRegistration
{
    /// <summary>Adds the temporal tagger; it needs the metadata and segmentation stages before it.</summary>
    public static PipelineBuilder UseDates(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DatesStage());
    }
}
