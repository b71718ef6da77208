using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Segmentation;

namespace Sitrep.Recognition.Quantities;

/// <summary>
/// Adds the quantities layer: every count, range, bound, vague amount, percentage and fraction the
/// sentences state, with what it counts. One pass over the tokens of each sentence.
/// </summary>
/// <remarks>
/// Across sentences one rule applies, <b>carried-unit</b>: a bare number ("The Yarmouk Basin –
/// 1,500 to 2,000.", "Heras put the range between 8,000 and 13,000.") counts what the quantities
/// of the last two sentences counted, or what a sentence named with "the number of …", when a
/// noun named it (fighters, soldiers, civilians, villages, towns; not killed or wounded, which a
/// verb of one clause decides).
/// </remarks>
public sealed class QuantitiesStage : IStage
{
    /// <summary>Sentences back that a counted unit carries to bare numbers.</summary>
    private const int CarrySentences = 2;

    public string Name => "quantities";

    public IReadOnlyList<LayerKey> Requires => [Layers.Sentences, Layers.Tokens];

    public IReadOnlyList<LayerKey> Produces => [QuantityLayers.Quantities];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = document.Get(Layers.Sentences);
        var tokens = document.Get(Layers.Tokens).AsSpan();
        var mentions = ImmutableArray.CreateBuilder<QuantityMention>();
        var found = new List<QuantityMention>();
        var diagnostics = new List<Diagnostic>();
        string? carriedUnit = null;
        var carriedFrom = int.MinValue;
        var t = 0;
        for (var si = 0; si < sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var range = sentences[si].Range;
            while (t < tokens.Length && tokens[t].Range.Start < range.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].Range.End <= range.End)
            {
                t++;
            }

            var sentenceTokens = tokens[first..t];
            found.Clear();
            QuantityRecognizer.Recognize(text, sentenceTokens, found, diagnostics);
            foreach (var mention in found)
            {
                var m = mention;
                if (IsBare(m) && carriedUnit is not null && si - carriedFrom <= CarrySentences)
                {
                    m = m with { Unit = carriedUnit, Rule = m.Rule + "+carried-unit" };
                    carriedFrom = si;
                }
                else if (Carries(m.Unit) && m.Counted is not null)
                {
                    carriedUnit = m.Unit;
                    carriedFrom = si;
                }

                mentions.Add(m);
            }

            if (QuantityRecognizer.StatedUnit(text, sentenceTokens) is { } stated && Carries(stated))
            {
                carriedUnit = stated;
                carriedFrom = si;
            }
        }

        var result = document.With(QuantityLayers.Quantities, mentions.ToImmutable());
        return diagnostics.Count == 0 ? result : result.WithDiagnostics(diagnostics);
    }

    private static bool IsBare(QuantityMention m) =>
        m.Counted is null && m.Unit == QuantityUnits.Other;

    /// <summary>Units named by a counted noun carry; killed and wounded come from a verb of one clause and do not.</summary>
    private static bool Carries(string unit) =>
        unit is QuantityUnits.Fighters or QuantityUnits.Soldiers or QuantityUnits.Civilians or QuantityUnits.Villages
            or QuantityUnits.Towns;
}

/// <summary>Registration of the quantities stage.</summary>
public static class QuantitiesRegistration
{
    /// <summary>Adds the quantity recogniser; it needs the segmentation stage before it.</summary>
    public static PipelineBuilder UseQuantities(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new QuantitiesStage());
    }
}
