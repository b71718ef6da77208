using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Tests.Segmentation;

public sealed class TokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextRange(0, text.Length), tokens);
        return [.. tokens.Select(t => (t.Range.Slice(text), t.Kind))];
    }

    private static string[] Texts(string text) => [.. Tokenize(text).Select(t => t.Text)];

    [Fact]
    public void Tokenize_PlainSentence_WordsAndFinalFullStop()
    {
        Assert.Equal(
            [("Air", TokenKind.Word), ("strikes", TokenKind.Word), ("hit", TokenKind.Word), ("Douma", TokenKind.Word), (".", TokenKind.Punctuation)],
            Tokenize("Air strikes hit Douma."));
    }

    [Fact]
    public void Tokenize_PossessiveAndContraction_StayOneWord()
    {
        Assert.Equal(["ISIS's", "fighters", "don't", "surrender"], Texts("ISIS's fighters don't surrender"));
    }

    [Fact]
    public void Tokenize_CurlyApostrophe_StaysInsideWord()
    {
        Assert.Equal(["the", "jihadists", "’", "main", "base", "and", "ISIS’s", "hands"], Texts("the jihadists’ main base and ISIS’s hands"));
    }

    [Fact]
    public void Tokenize_QuotesAroundWord_AreSeparatePunctuation()
    {
        Assert.Equal(["'", "Islamic", "State", "'", "“", "caliphate", "”"], Texts("'Islamic State' “caliphate”"));
    }

    [Fact]
    public void Tokenize_HyphenatedWords_AreOneToken()
    {
        Assert.Equal(
            [("pro-government", TokenKind.Word), ("forces", TokenKind.Word), ("and", TokenKind.Word), ("al-Tamimi", TokenKind.Word), ("F-16", TokenKind.Word)],
            Tokenize("pro-government forces and al-Tamimi F-16"));
    }

    [Fact]
    public void Tokenize_ThousandsAndDecimals_AreOneNumber()
    {
        Assert.Equal(
            [("8,000", TokenKind.Number), ("fighters", TokenKind.Word), ("and", TokenKind.Word), ("1.5", TokenKind.Number), ("million", TokenKind.Word)],
            Tokenize("8,000 fighters and 1.5 million"));
    }

    [Fact]
    public void Tokenize_NumberRange_IsNumberHyphenNumber()
    {
        Assert.Equal(
            [("1,500", TokenKind.Number), ("-", TokenKind.Punctuation), ("2,500", TokenKind.Number)],
            Tokenize("1,500-2,500"));
    }

    [Fact]
    public void Tokenize_NumberBeforeHyphenatedWord_SplitsAtHyphen()
    {
        Assert.Equal(["13,000", "-", "strong"], Texts("13,000-strong"));
    }

    [Fact]
    public void Tokenize_NumberFollowedByComma_KeepsCommaApart()
    {
        Assert.Equal(["In", "2014", ",", "8,000", "."], Texts("In 2014, 8,000."));
    }

    [Fact]
    public void Tokenize_Punctuation_EachCharacterIsOneToken()
    {
        Assert.Equal(
            [("\"", TokenKind.Punctuation), ("Why", TokenKind.Word), ("?", TokenKind.Punctuation), ("!", TokenKind.Punctuation), ("\"", TokenKind.Punctuation),
             ("(", TokenKind.Punctuation), ("AFP", TokenKind.Word), (")", TokenKind.Punctuation), ("…", TokenKind.Punctuation), ("–", TokenKind.Punctuation)],
            Tokenize("\"Why?!\" (AFP)… –"));
    }

    [Fact]
    public void Tokenize_Symbols_AreSymbolTokens()
    {
        Assert.Equal(
            [("$", TokenKind.Symbol), ("5", TokenKind.Number), ("€", TokenKind.Symbol), ("3.2", TokenKind.Number), ("40", TokenKind.Number), ("%", TokenKind.Symbol),
             ("#", TokenKind.Symbol), ("Syria", TokenKind.Word), ("&", TokenKind.Symbol), ("+", TokenKind.Symbol)],
            Tokenize("$5 €3.2 40% #Syria & +"));
    }

    [Fact]
    public void Tokenize_Initialism_IsOneWordWithItsFullStops()
    {
        Assert.Equal(["The", "U.S.", "-", "backed", "SDF", ",", "e.g.", "Raqqa"], Texts("The U.S.-backed SDF, e.g. Raqqa"));
    }

    [Fact]
    public void Tokenize_OrdinalAndUnit_AreWords()
    {
        Assert.Equal([("5th", TokenKind.Word), ("Fleet", TokenKind.Word), ("100km", TokenKind.Word)], Tokenize("5th Fleet 100km"));
    }

    [Fact]
    public void Tokenize_ArabicAndAccentedLetters_AreWords()
    {
        Assert.Equal(["Dayr", "az-Zawr", "دير", "الزور", "Alep", "Müller", "Homs"], Texts("Dayr az-Zawr دير الزور Alep Müller Homs"));
    }

    [Fact]
    public void Tokenize_EmojiSurrogatePair_IsOneSymbol()
    {
        Assert.Equal([("Raqqa", TokenKind.Word), ("\uD83D\uDE00", TokenKind.Symbol)], Tokenize("Raqqa \uD83D\uDE00"));
    }

    [Fact]
    public void Tokenize_SubRange_OnlyTokensInsideIt()
    {
        const string text = "Headline. Forces entered Raqqa. Footer";
        var start = text.IndexOf("Forces", StringComparison.Ordinal);
        var end = text.IndexOf(" Footer", StringComparison.Ordinal);
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, new TextRange(start, end), tokens);

        Assert.Equal(["Forces", "entered", "Raqqa", "."], tokens.Select(t => t.Range.Slice(text)));
        Assert.Equal(start, tokens[0].Range.Start);
        Assert.Equal(end, tokens[^1].Range.End);
    }

    [Fact]
    public void Tokenize_WhiteSpaceOnly_NoTokens()
    {
        Assert.Empty(Tokenize(" \n\t\u00A0 "));
    }
}
