using System.Collections.Immutable;
using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Segmentation;

/// <summary>
/// Splits every block of the cleaned article except page furniture into sentences, and every
/// sentence into tokens. Adds the sentences layer (each with its block's index) and one tokens
/// layer for all sentences, in text order. A sentence cut for length is reported once per document
/// (<see cref="DiagnosticCodes.SentenceCut"/>).
/// </summary>
public sealed class SegmentationStage : IStage
{
    private readonly PipelineOptions options;

    public SegmentationStage(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    public string Name => "segmentation";

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned];

    public IReadOnlyList<LayerKey> Produces => [Layers.Sentences, Layers.Tokens];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var blocks = document.Get(Layers.Cleaned).Blocks;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var tokens = new List<Token>();
        var ranges = new List<TextRange>();
        var cuts = 0;
        TextRange? firstCut = null;

        for (var b = 0; b < blocks.Length; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = blocks[b];
            if (block.Role == BlockRole.Furniture)
            {
                continue;
            }

            ranges.Clear();
            SentenceSplitter.Split(text, block.Range, options.MaxSentenceChars, ranges, out var blockCuts);
            if (blockCuts > 0)
            {
                cuts += blockCuts;
                firstCut ??= block.Range;
            }

            foreach (var range in ranges)
            {
                sentences.Add(new Sentence(range, b));
                Tokenizer.Tokenize(text, range, tokens);
            }
        }

        var result = document
            .With(Layers.Sentences, sentences.ToImmutable())
            .With(Layers.Tokens, [.. tokens]);

        if (cuts == 0)
        {
            return result;
        }

        var message = cuts == 1
            ? $"A sentence longer than {options.MaxSentenceChars} characters was cut at a safe boundary."
            : $"{cuts} sentences longer than {options.MaxSentenceChars} characters were cut at a safe boundary.";
        return result.WithDiagnostics([new Diagnostic(DiagnosticCodes.SentenceCut, Severity.Info, message, firstCut)]);
    }
}
