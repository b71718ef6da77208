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
