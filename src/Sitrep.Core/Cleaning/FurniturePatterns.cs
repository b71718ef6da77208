using System.Text.RegularExpressions;

namespace Sitrep.Cleaning;

/// <summary>
/// The patterns cleaning uses to recognise page furniture, each named so a decision can say which
/// rule made it. They are matched against at most <see cref="LineFeatures.PatternWindow"/>
/// characters of one line and are written without nested quantifiers, so they run in linear time.
/// </summary>
internal static partial class FurniturePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Markers that the article is over: related-content rails, comment sections, rating widgets, copyright.</summary>
    [GeneratedRegex(
        @"^\W{0,3}(you (might|may) (also )?(like|be interested in)|related (articles?|stories|posts|news|coverage|content|topics)\b|more (stories|from|on this|news)\b|recommended (for you|stories|articles|reading)|most (read|popular|viewed|shared)\b|do you like this (article|story|post)|did you (like|enjoy) this|what do you think\?|was this (article|story) (helpful|useful)|\d+\s*comments?\s*(\(s\))?\W*$|comments?\s*(\(\d+\))?\W*$|leave a (comment|reply)|comment policy|post a comment|add a comment|view (all )?comments|show comments|join the (discussion|conversation)|sign up (for|to) (our|the) |subscribe (to our|now)|newsletter\W*$|follow us\b|share this( article| story| post)?\W*$|©|\(c\) ?\d{4}|copyright \d{4}|copyright ©|all rights reserved|tags?:|topics:|filed under|keywords:|about the author\W*$|trending( now| stories)?\W*$|recommended\W*$)",
        Options)]
    public static partial Regex EndOfArticle();

    /// <summary>Widgets, link prompts and counters that may stand anywhere.</summary>
    [GeneratedRegex(
        @"^\W{0,3}(read (more|also|next|the full)|also read|see also|related:|more:|advertisement|sponsored|story continues|continue reading|click here|tap here|watch( now| video)?:|video:|listen:|share( on)? (facebook|twitter|whatsapp|linkedin|email)|(facebook|twitter|whatsapp|telegram|linkedin|email|print|reddit)(\s+(facebook|twitter|whatsapp|telegram|linkedin|email|print|reddit))*\W*$|upvote|downvote|notify of|inline feedbacks|\d+\s*(points?|shares?|views?|likes?|reactions?|votes?)\W*$|\d+\s*/\s*\d+\W*$|loading\W*$|skip to (main )?content|back to top|print this|email this|font size|listen to (this|the) (article|story)|(\d+|one|two|three|four|five)[- ]min(ute)?s? read\W*$)",
        Options)]
    public static partial Regex Widget();

    /// <summary>"The views expressed in this column are solely those of the author", advice disclaimers.</summary>
    [GeneratedRegex(
        @"((views|opinions|statements)[^.]{0,80}(expressed|contained)[^.]{0,80}(are|is|do not)[^.]{0,60}(those|that|views|opinions|reflect)[^.]{0,40}(author|writer|contributor|columnist)|does not (give|provide|offer) (financial|investment|legal|medical)|^\W{0,3}disclaimer\b|^\W{0,3}(editor'?s|editorial) note\b)",
        Options)]
    public static partial Regex Disclaimer();

    /// <summary>Photo credits: "[Stringer/AFP]", "AFP PHOTO", "(Photo: Reuters)", "REUTERS/Name", "Getty Images".</summary>
    [GeneratedRegex(
        @"(\[[^\]\n]{0,60}/\s*(AFP|Reuters|AP|EPA|Getty|Anadolu|Xinhua|dpa|SANA|UPI)[^\]\n]{0,30}\]|\b(AFP|AP|EPA|REUTERS|XINHUA|ANADOLU|SANA|DPA)\s+(PHOTO|IMAGES?)\b|\b(AFP|AP) Photo/|\b(REUTERS|Reuters|EPA|AFP)/[A-Z][a-z]+|\b(Getty Images|Shutterstock|AFP via Getty)\b|\((?i:photo|image|picture|photograph)s?\s*((?i:by)\b|:|(?i:credit))[^)\n]{0,80}\)|^\W{0,3}(?i:photo|photograph|image|picture|credit)s?\s*(:|(?i:by)\b|(?i:credit)))",
        RegexOptions.CultureInvariant)]
    public static partial Regex PhotoCredit();

    /// <summary>Agency and staff credit lines: "(Reporting by …; Editing by …)", "Compiled by", "With AFP".</summary>
    [GeneratedRegex(
        @"^\W{0,3}((additional )?reporting by|writing by|editing by|compiled by|written by|produced by|with (afp|reuters|ap|agencies)\W*$|(afp|reuters|ap|agencies|dpa)\W*$)",
        Options)]
    public static partial Regex CreditLine();

    /// <summary>Words without which a line cannot be a disclaimer (a cheap test before the pattern).</summary>
    private static readonly System.Buffers.SearchValues<string> DisclaimerWords = System.Buffers.SearchValues.Create(
        ["expressed", "contained", "advice", "disclaimer", "note"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words without which a line cannot be a photo credit.</summary>
    private static readonly System.Buffers.SearchValues<string> CreditWords = System.Buffers.SearchValues.Create(
        ["AFP", "Reuters", "REUTERS", "AP", "EPA", "Getty", "Shutterstock", "Anadolu", "ANADOLU", "Xinhua", "XINHUA", "dpa", "DPA", "SANA", "UPI", "photo", "Photo", "PHOTO", "image", "Image", "picture", "Picture", "credit", "Credit"],
        StringComparison.Ordinal);

    public static bool MightBeDisclaimer(ReadOnlySpan<char> line) => Window(line).IndexOfAny(DisclaimerWords) >= 0;

    public static bool MightBePhotoCredit(ReadOnlySpan<char> line) => Window(line).IndexOfAny(CreditWords) >= 0;

    private static ReadOnlySpan<char> Window(ReadOnlySpan<char> line) => line.Length > LineFeatures.PatternWindow ? line[..LineFeatures.PatternWindow] : line;

    public static bool Matches(Regex regex, ReadOnlySpan<char> line) =>
        regex.IsMatch(line.Length > LineFeatures.PatternWindow ? line[..LineFeatures.PatternWindow] : line);
}
