using Sitrep.Text;

namespace Sitrep.Segmentation;

/// <summary>A sentence: a range of the text and the index of the block (paragraph) it lies in.</summary>
public readonly record struct Sentence(TextRange Range, int Block);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: a half-open range of the text and its kind. Tokens never include white space.</summary>
public readonly record struct Token(TextRange Range, TokenKind Kind);

/// <summary>Which tokens each sentence holds, for stages that walk a document sentence by sentence.</summary>
public static class SentenceTokens
{
    /// <summary>For each sentence, the half-open index range [First, End) of its tokens.</summary>
    public static (int First, int End)[] Spans(IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var spans = new (int First, int End)[sentences.Count];
        var t = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            while (t < tokens.Count && tokens[t].Range.Start < sentences[s].Range.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Range.End <= sentences[s].Range.End)
            {
                t++;
            }

            spans[s] = (first, t);
        }

        return spans;
    }
}
