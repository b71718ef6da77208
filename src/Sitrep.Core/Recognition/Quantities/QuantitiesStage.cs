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
/// <para>Across the document one more, <b>model-number</b>: a number the article uses as a name
/// somewhere ("Boeing 737", "the 737-800", "Standard & Poor's 500 index" after "S&P 500") is a name
/// wherever it stands bare ("five new 737 aircraft", "Boeing's 787"), one sense per discourse.</para>
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
        var models = ModelNumbers(text, tokens);
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
                if (models is not null && IsModel(text, m, models))
                {
                    continue;
                }

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

    /// <summary>Plain numbers of three or more digits (not years) that stand as a name somewhere in the text: after a capitalised name or before a glued "-800".</summary>
    private static HashSet<string>? ModelNumbers(string text, ReadOnlySpan<Token> tokens)
    {
        HashSet<string>? models = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var r = tokens[i].Range;
            if (tokens[i].Kind != TokenKind.Number || r.Length is < 3 or > 4 || !AllDigits(text.AsSpan(r.Start, r.Length)))
            {
                continue;
            }

            var digits = text.AsSpan(r.Start, r.Length);
            if (digits.Length == 4 && digits[0] is '1' or '2')
            {
                continue;
            }

            var before = tokens[i - 1];
            var word = text.AsSpan(before.Range.Start, before.Range.Length);
            var afterName = before.Kind == TokenKind.Word && char.IsUpper(word[0]) && !word.EndsWith("'s", StringComparison.Ordinal)
                && !word.EndsWith("’s", StringComparison.Ordinal) && QuantityRecognizer.CanNameANumber(word);
            var modelSuffix = i + 2 < tokens.Length && tokens[i + 1].Range.Start == r.End && tokens[i + 1].Range.Length == 1 && text[r.End] is '-'
                && tokens[i + 2].Range.Start == r.End + 1 && tokens[i + 2].Kind is TokenKind.Number or TokenKind.Word && char.IsAsciiDigit(text[r.End + 1]);
            if (afterName || modelSuffix)
            {
                (models ??= new HashSet<string>(StringComparer.Ordinal)).Add(digits.ToString());
            }
        }

        return models;

        static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A mention that is a model number, its variant ("737-800" read as a range) or the variant alone ("737-[800]").</summary>
    private static bool IsModel(string text, QuantityMention m, HashSet<string> models)
    {
        if (!m.Rule.Contains("digits", StringComparison.Ordinal) || m.Bound is not (QuantityBound.Exact or QuantityBound.Range))
        {
            return false;
        }

        var span = m.Range.Slice(text);
        var head = span.IndexOf('-') is var dash and > 0 ? span[..dash] : span;
        if (models.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
        {
            return true;
        }

        // The variant after a model: "737-800" where the recogniser read "800" alone.
        var start = m.Range.Start;
        if (start > 1 && text[start - 1] == '-' && char.IsAsciiDigit(text[start - 2]))
        {
            var k = start - 2;
            while (k > 0 && char.IsAsciiDigit(text[k - 1]))
            {
                k--;
            }

            return models.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(k, start - 1 - k));
        }

        return false;
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
