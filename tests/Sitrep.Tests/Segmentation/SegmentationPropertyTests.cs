using FsCheck;
using FsCheck.Fluent;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Tests.Segmentation;

/// <summary>Invariants of sentence splitting and tokenising over any input, and inputs built to be slow.</summary>
public sealed class SegmentationPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "Syria", "the", "The", "He", "U.S.", "Col.", "e.g.", "W.", "1", "8,000", "1.5", ".", ",", "\"", "'", "“", "”", "’", "(", ")",
        "\n", " ", "  ", "\u00A0", "\t", "•", "·", "…", "...", "?", "!", "-", "–", "1)", "2.", "*", "\uD83D\uDE00", "\uD83D", "e\u0301", "example.com",
    ];

    private static Arbitrary<string> Mixed() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    private static Arbitrary<string> AnyString() =>
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary();

    /// <summary>Checks every invariant of sentences and tokens for a paragraph inside a text, with a small limit to force cuts.</summary>
    private static bool Holds(string paragraphText, int maxSentenceChars)
    {
        // Put the paragraph between other text so that offsets are not trivially zero-based.
        var text = "Before. " + paragraphText + " After.";
        var paragraph = new TextRange(8, 8 + paragraphText.Length);
        var sentences = new List<TextRange>();
        SentenceSplitter.Split(text, paragraph, maxSentenceChars, sentences);

        var previousEnd = paragraph.Start;
        foreach (var sentence in sentences)
        {
            if (!paragraph.Contains(sentence) || sentence.IsEmpty || sentence.Start < previousEnd)
            {
                throw new InvalidOperationException($"{sentence} outside {paragraph} or before {previousEnd} in {Show(paragraphText)}");
            }

            if (char.IsWhiteSpace(text[sentence.Start]) || char.IsWhiteSpace(text[sentence.End - 1]))
            {
                throw new InvalidOperationException($"{sentence} not trimmed in {Show(paragraphText)}");
            }

            if (sentence.Length > maxSentenceChars)
            {
                throw new InvalidOperationException($"{sentence} longer than {maxSentenceChars} in {Show(paragraphText)}");
            }

            if (!IsWhiteSpace(text, previousEnd, sentence.Start))
            {
                throw new InvalidOperationException($"non-white space lost before {sentence} in {Show(paragraphText)}");
            }

            previousEnd = sentence.End;
            CheckTokens(text, sentence);
        }

        if (!IsWhiteSpace(text, previousEnd, paragraph.End))
        {
            throw new InvalidOperationException($"non-white space lost at the end of {Show(paragraphText)}");
        }

        var again = new List<TextRange>();
        SentenceSplitter.Split(text, paragraph, maxSentenceChars, again);
        return again.SequenceEqual(sentences);
    }

    private static void CheckTokens(string text, TextRange range)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, range, tokens);
        var previousEnd = range.Start;
        foreach (var token in tokens)
        {
            if (!range.Contains(token.Range) || token.Range.IsEmpty || token.Range.Start < previousEnd)
            {
                throw new InvalidOperationException($"token {token.Range} outside {range} or before {previousEnd} in {Show(range.Slice(text))}");
            }

            if (HasWhiteSpace(token.Range.Of(text)))
            {
                throw new InvalidOperationException($"token {token.Range} has white space in {Show(range.Slice(text))}");
            }

            // Tokens plus white space rebuild the text.
            if (!IsWhiteSpace(text, previousEnd, token.Range.Start))
            {
                throw new InvalidOperationException($"characters before token {token.Range} are in no token in {Show(range.Slice(text))}");
            }

            previousEnd = token.Range.End;
        }

        if (!IsWhiteSpace(text, previousEnd, range.End))
        {
            throw new InvalidOperationException($"characters at the end are in no token in {Show(range.Slice(text))}");
        }

        var again = new List<Token>();
        Tokenizer.Tokenize(text, range, again);
        if (!again.SequenceEqual(tokens))
        {
            throw new InvalidOperationException($"tokenising twice differs in {Show(range.Slice(text))}");
        }
    }

    private static bool HasWhiteSpace(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Show(string s) => "\"" + s.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Property_MixedNewsPieces_SentencesTileAndTokensRebuild()
    {
        Prop.ForAll(Mixed(), Gen.Choose(1, 60).ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_MixedNewsPieces_DefaultLimit()
    {
        Prop.ForAll(Mixed(), p => Holds(p, 2_000)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_ArbitraryStrings_SentencesTileAndTokensRebuild()
    {
        Prop.ForAll(AnyString(), Gen.Choose(1, 40).ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_LongMixedParagraphs_SentencesTileAndTokensRebuild()
    {
        var longMixed = Gen.ArrayOf(Gen.Elements(Pieces), 400).Select(parts => string.Concat(parts)).ToArbitrary();
        Prop.ForAll(longMixed, Gen.Choose(20, 300).ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }

    // Adversarial inputs: these must finish quickly (linear time); the test asserts only the invariants.

    [Fact]
    public void Adversarial_OneMegabyteWithoutSpaces_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("Raqqa.Syria.U.S.1.5,e.g.", 1_000_000 / 24));
        Assert.True(Holds(text, 2_000));
        Assert.True(Holds(new string('x', 1_000_000), 2_000));
    }

    [Fact]
    public void Adversarial_HundredThousandFullStops_Completes()
    {
        Assert.True(Holds(new string('.', 100_000), 2_000));
        Assert.True(Holds(string.Concat(Enumerable.Repeat(". ", 100_000)), 2_000));
        Assert.True(Holds(string.Concat(Enumerable.Repeat("a.", 100_000)), 2_000));
    }

    [Fact]
    public void Adversarial_OneMegabyteOfDigitsAndCommas_Completes()
    {
        Assert.True(Holds(string.Concat(Enumerable.Repeat("1,0", 1_000_000 / 3)), 2_000));
        Assert.True(Holds(string.Concat(Enumerable.Repeat("12,345.6 ", 1_000_000 / 9)), 2_000));
    }

    [Fact]
    public void Adversarial_ManyBulletLinesAndInitials_Completes()
    {
        Assert.True(Holds(string.Concat(Enumerable.Repeat("•\n1. A. B. ", 100_000)), 2_000));
    }
}
