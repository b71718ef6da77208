using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cleaning;

/// <summary>
/// Separates the article proper from page furniture. The text is never edited: every line gets a
/// role (title, standfirst, caption, body, heading, tag line, disclaimer, furniture) and the name
/// of the rule that gave it, so `explain` can show what was set aside and why.
/// </summary>
/// <remarks>
/// The rules, in order: the title is the first headline-like line (or the line matching a given
/// title); lines before it are furniture; disclaimers, photo captions, widgets and end-of-article
/// markers are recognised line by line; the body starts at the first prose paragraph after the
/// title and ends before the first end-of-article marker; inside it, short unpunctuated lines are
/// headings (or tag lines when repeated); headline-like lines after the last paragraph are
/// unrelated trailing headlines.
/// </remarks>
public sealed class CleaningStage : IStage
{
    /// <summary>Shortest prose paragraph, in words, that can open the body.</summary>
    private const int MinOpeningWords = 8;

    /// <summary>A paragraph this long is prose even without final punctuation.</summary>
    private const int ProseWithoutStopWords = 14;

    /// <summary>Longest line that can be a headline.</summary>
    private const int MaxHeadlineWords = 30;

    /// <summary>Longest line that pattern rules for widgets and markers apply to.</summary>
    private const int MaxFurnitureWords = 14;

    public string Name => "cleaning";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Produces => [Layers.Cleaned];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        var (cleaned, diagnostics) = Clean(document.Text, document.Source.Metadata.Title, cancellationToken);
        var result = document.With(Layers.Cleaned, cleaned);
        return diagnostics.Count == 0 ? result : result.WithDiagnostics(diagnostics);
    }

    public static (CleanedArticle Article, List<Diagnostic> Diagnostics) Clean(string text, string? givenTitle, CancellationToken cancellationToken = default)
    {
        var lines = SplitLines(text);
        var n = lines.Count;
        var roles = new BlockRole?[n];
        var rules = new string[n];
        var diagnostics = new List<Diagnostic>();

        void Set(int i, BlockRole role, string rule)
        {
            roles[i] = role;
            rules[i] = rule;
        }

        // 1. Line-by-line recognisers, independent of position.
        var multiLineGroups = CaptionGroupsApply(lines);
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var span = line.Range.Of(text);
            if (FurniturePatterns.MightBeDisclaimer(span) && FurniturePatterns.Matches(FurniturePatterns.Disclaimer(), span))
            {
                Set(i, BlockRole.Disclaimer, "disclaimer");
            }
            else if (FurniturePatterns.MightBePhotoCredit(span) && FurniturePatterns.Matches(FurniturePatterns.PhotoCredit(), span))
            {
                Set(i, BlockRole.Caption, "photo-credit");
                if (multiLineGroups)
                {
                    for (var j = i - 1; j >= 0 && lines[j].Group == line.Group && roles[j] is null; j--)
                    {
                        Set(j, BlockRole.Caption, "caption-with-credit");
                    }
                }
            }
            else if (FurniturePatterns.Matches(FurniturePatterns.CreditLine(), span))
            {
                Set(i, BlockRole.Furniture, "credit-line");
            }
            else if (line.Words <= MaxFurnitureWords && FurniturePatterns.Matches(FurniturePatterns.EndOfArticle(), span))
            {
                Set(i, BlockRole.Furniture, "end-of-article-marker");
            }
            else if (line.Words <= MaxFurnitureWords && FurniturePatterns.Matches(FurniturePatterns.Widget(), span))
            {
                Set(i, BlockRole.Furniture, "widget");
            }
            else if (line.Words == 0)
            {
                Set(i, BlockRole.Furniture, "no-words");
            }
        }

        // 2. The title.
        var firstProse = Enumerable.Range(0, n).FirstOrDefault(i => roles[i] is null && IsLongProse(lines[i]), n);
        var title = FindTitle(text, lines, roles, givenTitle, firstProse);
        if (title >= 0)
        {
            for (var i = 0; i < title; i++)
            {
                if (roles[i] is null || roles[i] == BlockRole.Furniture)
                {
                    Set(i, BlockRole.Furniture, "before-title");
                }
            }

            Set(title, BlockRole.Title, givenTitle is not null && SameWords(lines[title].Range.Of(text), givenTitle) ? "given-title" : "first-headline");
        }

        // 3. Where the body opens: the first prose paragraph after the title that is not a repeated lead.
        var bodyStart = -1;
        for (var i = title + 1; i < n; i++)
        {
            if (roles[i] is not null || !IsOpeningProse(lines[i]))
            {
                continue;
            }

            if (RepeatsLaterLead(text, lines, i))
            {
                Set(i, BlockRole.Standfirst, "repeated-lead");
                continue;
            }

            bodyStart = i;
            break;
        }

        if (bodyStart < 0)
        {
            // No prose paragraph (a brief, a numbered list): the first line of text after the title is the body.
            bodyStart = Enumerable.Range(title + 1, Math.Max(0, n - title - 1)).FirstOrDefault(i => roles[i] is null && lines[i].Words >= 5, -1);
            if (bodyStart < 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBodyFound, Severity.Warning, "no article body found: no line of text after the title"));
                for (var i = 0; i < n; i++)
                {
                    roles[i] ??= BlockRole.Furniture;
                    rules[i] ??= "no-body";
                }

                return (Build(text, lines, roles, rules), diagnostics);
            }

            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBodyFound, Severity.Info, "no prose paragraph: the body starts at the first line of text after the title", lines[bodyStart].Range));
        }

        for (var i = title + 1; i < bodyStart; i++)
        {
            if (roles[i] is null)
            {
                if (lines[i].Words >= 5 && lines[i].Words <= 60 && (i == title + 1 || roles[i - 1] is BlockRole.Title or BlockRole.Caption or BlockRole.Standfirst))
                {
                    Set(i, BlockRole.Standfirst, "standfirst");
                }
                else
                {
                    Set(i, BlockRole.Furniture, "before-body");
                }
            }
        }

        // 4. Where it ends: at the first end-of-article marker after it opened.
        var bodyLimit = n;
        for (var i = bodyStart + 1; i < n; i++)
        {
            if (rules[i] == "end-of-article-marker")
            {
                bodyLimit = i;
                break;
            }
        }

        for (var i = bodyLimit; i < n; i++)
        {
            if (roles[i] is null || roles[i] == BlockRole.Furniture)
            {
                Set(i, BlockRole.Furniture, i == bodyLimit ? rules[i] ?? "end-of-article-marker" : "after-end-of-article");
            }
        }

        // 5. Inside: paragraphs, list items, headings and tag lines.
        var lastBody = bodyStart;
        var shortLineCounts = CountShortLines(text, lines);
        for (var i = bodyStart; i < bodyLimit; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (roles[i] is not null)
            {
                continue;
            }

            var line = lines[i];
            var leadsList = line.Words >= 5 && i + 1 < bodyLimit && lines[i + 1].IsBullet;
            if (line.IsBullet || IsProse(line) || leadsList || (line.StartsLowerCase && line.Words >= 3))
            {
                Set(i, BlockRole.Body, line.IsBullet ? "list-item" : leadsList ? "list-lead" : "paragraph");
                lastBody = i;
            }
            else if (shortLineCounts.GetValueOrDefault(lines[i].Range.Slice(text)) > 1)
            {
                Set(i, BlockRole.TagLine, "repeated-short-line");
            }
            else
            {
                Set(i, BlockRole.Heading, "short-unpunctuated-line");
            }
        }

        // 6. Headlines after the last paragraph belong to other stories.
        for (var i = lastBody + 1; i < bodyLimit; i++)
        {
            if (roles[i] is BlockRole.Heading or BlockRole.TagLine)
            {
                Set(i, BlockRole.Furniture, "trailing-headline");
            }
        }

        return (Build(text, lines, roles, rules), diagnostics);
    }

    private static CleanedArticle Build(string text, List<LineFeatures> lines, BlockRole?[] roles, string[] rules)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>(lines.Count);
        TextRange? title = null;
        int bodyStart = -1, bodyEnd = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var role = roles[i] ?? BlockRole.Furniture;
            blocks.Add(new Block(lines[i].Range, role, rules[i] ?? "unclassified") { IsListItem = role == BlockRole.Body && lines[i].IsBullet });
            if (role == BlockRole.Title)
            {
                title = lines[i].Range;
            }
            else if (role == BlockRole.Body)
            {
                bodyStart = bodyStart < 0 ? lines[i].Range.Start : bodyStart;
                bodyEnd = lines[i].Range.End;
            }
        }

        _ = text;
        return new CleanedArticle(blocks.MoveToImmutable(), title, bodyStart < 0 ? null : new TextRange(bodyStart, bodyEnd));
    }

    /// <summary>Non-empty lines, trimmed, with the index of their group (lines not separated by a blank line).</summary>
    internal static List<LineFeatures> SplitLines(string text)
    {
        var lines = new List<LineFeatures>();
        var group = 0;
        var start = 0;
        var blankSinceLast = false;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var range = new TextRange(start, end).Trim(text);
            if (range.IsEmpty)
            {
                blankSinceLast = true;
            }
            else
            {
                if (blankSinceLast && lines.Count > 0)
                {
                    group++;
                }

                blankSinceLast = false;
                lines.Add(LineFeatures.Of(text, range, group));
            }

            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return lines;
    }

    /// <summary>
    /// Whether paragraphs are separated by blank lines, so that a group of lines held together
    /// without one (a caption and its credit) is one unit.
    /// </summary>
    private static bool CaptionGroupsApply(List<LineFeatures> lines)
    {
        if (lines.Count == 0)
        {
            return false;
        }

        var groups = lines[^1].Group + 1;
        return groups * 3 >= lines.Count * 2; // most groups hold a single line
    }

    private static int FindTitle(string text, List<LineFeatures> lines, BlockRole?[] roles, string? givenTitle, int firstProse)
    {
        var limit = Math.Min(firstProse, Math.Min(lines.Count, 8));
        if (givenTitle is not null)
        {
            for (var i = 0; i < Math.Min(lines.Count, 8); i++)
            {
                if (SameWords(lines[i].Range.Of(text), givenTitle))
                {
                    return i;
                }
            }
        }

        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (roles[i] is not null || line.Words < 3 || line.Words > MaxHeadlineWords || line.IsBullet)
            {
                continue;
            }

            var span = line.Range.Of(text).TrimEnd();
            var endsWithStop = span.Length > 0 && span[^1] == '.' && !span.EndsWith("...");

            // A headline may end with a full stop when the article's prose follows it at once; a short
            // sentence followed by another short line is a slogan or a byline, not the headline.
            if (!endsWithStop || (i + 1 < lines.Count && roles[i + 1] is null && IsLongProse(lines[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsProse(LineFeatures line) =>
        (line.EndsSentence && line.Words >= 5) || line.Words >= ProseWithoutStopWords;

    private static bool IsOpeningProse(LineFeatures line) =>
        !line.IsBullet && line.Words >= MinOpeningWords && (line.EndsSentence || line.Words >= ProseWithoutStopWords * 2);

    private static bool IsLongProse(LineFeatures line) => line.Words > MaxHeadlineWords;

    /// <summary>A lead printed above the body and again as one of its first paragraphs.</summary>
    private static bool RepeatsLaterLead(string text, List<LineFeatures> lines, int i)
    {
        if (i + 1 >= lines.Count)
        {
            return false;
        }

        var words = WordSet(lines[i].Range.Of(text));
        for (var j = i + 1; j < Math.Min(lines.Count, i + 4); j++)
        {
            var other = WordSet(lines[j].Range.Of(text));
            var shared = words.Count(other.Contains);
            var union = words.Count + other.Count - shared;
            if (union > 0 && shared * 10 >= union * 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How often each short line occurs, to find tag lines repeated through the page.</summary>
    private static Dictionary<string, int> CountShortLines(string text, List<LineFeatures> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Words <= MaxFurnitureWords && line.Range.Length <= 200)
            {
                var key = line.Range.Slice(text);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private static bool SameWords(ReadOnlySpan<char> line, string other)
    {
        var a = WordSet(line);
        var b = WordSet(other);
        return a.Count > 0 && a.SetEquals(b);
    }

    private static HashSet<string> WordSet(ReadOnlySpan<char> s)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        var limit = Math.Min(s.Length, 2000);
        for (var i = 0; i <= limit; i++)
        {
            var isWord = i < limit && char.IsLetterOrDigit(s[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                set.Add(s[start..i].ToString());
                start = -1;
            }
        }

        return set;
    }
}
