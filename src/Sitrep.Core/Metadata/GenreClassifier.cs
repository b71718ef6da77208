using System.Text.RegularExpressions;
using Sitrep.Cleaning;

namespace Sitrep.Metadata;

/// <summary>
/// Tells news from opinion. Strong signals decide alone: a genre given by the page's markup, an
/// opinion disclaimer, an "Opinion:"/"Comment:" label on the headline. Otherwise the author's own
/// first-person argument (outside quotation marks: quoted speakers say "I think" in news too) and
/// reader prompts ("What do you think?") must add up.
/// </summary>
public static partial class GenreClassifier
{
    // No word boundaries: schema.org runs names together ("OpinionNewsArticle", "AnalysisNewsArticle").
    [GeneratedRegex(@"(opinion|op-ed|oped|commentary|comment|column|editorial|analysis|blog|viewpoint|perspective|letters)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpinionHint();

    [GeneratedRegex(@"^\W{0,3}(opinion|comment|commentary|analysis|editorial|op-ed|column|view|viewpoint)\s*[:|\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpinionLabel();

    [GeneratedRegex(@"\b(in my (opinion|view)|i (think|believe|would argue|argue|suspect|fear|am convinced)|it seems to me|to my mind|i have (long )?(argued|said|written)|as i (have )?(said|wrote|argued|noted)|we (must|should|need to)|let us|let's|my (view|argument|point))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonArgument();

    [GeneratedRegex(@"(views|opinions)[^.]{0,80}(column|op-ed|opinion piece|commentary|blog|author|writer)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpinionDisclaimer();

    [GeneratedRegex(@"^\W{0,3}(what do you think|what are your thoughts|tell us what you think|share your (views|thoughts))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReaderPrompt();

    public static (Genre Genre, string Rule) Classify(string text, CleanedArticle cleaned, string? genreHint)
    {
        if (genreHint is not null && OpinionHint().IsMatch(genreHint))
        {
            return (Genre.Opinion, "markup-genre");
        }

        if (cleaned.Title is { } title && OpinionLabel().IsMatch(title.Of(text)))
        {
            return (Genre.Opinion, "headline-label");
        }

        var score = 0;
        foreach (var block in cleaned.Blocks)
        {
            var span = block.Range.Of(text);
            if (span.Length > 4000)
            {
                span = span[..4000];
            }

            switch (block.Role)
            {
                case BlockRole.Disclaimer when OpinionDisclaimer().IsMatch(span):
                    return (Genre.Opinion, "opinion-disclaimer");
                case BlockRole.Furniture when ReaderPrompt().IsMatch(span):
                    score++;
                    break;
                case BlockRole.Body:
                    score += CountOutsideQuotes(span);
                    break;
            }
        }

        return score >= 2 ? (Genre.Opinion, "first-person-argument") : (Genre.News, "default-news");
    }

    /// <summary>First-person argument outside quotation marks, in one paragraph.</summary>
    private static int CountOutsideQuotes(ReadOnlySpan<char> paragraph)
    {
        var count = 0;
        foreach (var m in FirstPersonArgument().EnumerateMatches(paragraph))
        {
            if (!InsideQuote(paragraph, m.Index))
            {
                count++;
            }
        }

        return count;
    }

    private static bool InsideQuote(ReadOnlySpan<char> s, int index)
    {
        var straight = 0;
        var curlyOpen = 0;
        for (var i = 0; i < index; i++)
        {
            switch (s[i])
            {
                case '"':
                    straight++;
                    break;
                case '“':
                    curlyOpen++;
                    break;
                case '”':
                    curlyOpen = Math.Max(0, curlyOpen - 1);
                    break;
            }
        }

        return straight % 2 == 1 || curlyOpen > 0;
    }
}
