using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sitrep.Html;

/// <summary>
/// The named rules the HTML reader drops page furniture by, and the patterns they use. Every
/// <see cref="Sitrep.Documents.Removal"/> carries one of these rule names, so `explain` can say
/// why a piece of the page is missing from the text.
/// </summary>
/// <remarks>
/// Class and id patterns are matched against the lower-cased class and id attributes together,
/// each word anchored on its left to a non-alphanumeric character ("site-nav" and "nav" match,
/// "canvas" does not), and are written without nested quantifiers so they run in linear time.
/// </remarks>
internal static partial class BoilerplateRules
{
    /// <summary>script, style, noscript and template: never article text.</summary>
    public const string Script = "html.script";

    /// <summary>nav, header, footer, aside, menu and the ARIA landmarks for them.</summary>
    public const string Navigation = "html.nav";

    /// <summary>Forms and controls: form, button, input, select, textarea, label, dialog.</summary>
    public const string Form = "html.form";

    /// <summary>Embedded media and graphics: svg, iframe, object, embed, video, audio, canvas.</summary>
    public const string Embed = "html.embed";

    /// <summary>Elements hidden by the hidden attribute, inline display:none or screen-reader-only classes.</summary>
    public const string Hidden = "html.hidden";

    /// <summary>A class or id naming page furniture (share bar, related stories, comments, ads…).</summary>
    public const string BoilerplateClass = "html.boilerplate-class";

    /// <summary>figure, figcaption and caption classes: photo captions and credits.</summary>
    public const string Caption = "html.caption";

    /// <summary>A block or list inside the article whose text is mostly links.</summary>
    public const string LinkDense = "html.link-dense";

    /// <summary>An embedded "Read more:" / "Related:" block inside the article.</summary>
    public const string ReadMore = "html.read-more";

    /// <summary>A headline inside the article that differs from the chosen title.</summary>
    public const string Headline = "html.headline";

    /// <summary>Visible text outside the container chosen as the article.</summary>
    public const string OutsideContent = "html.outside-content";

    /// <summary>Rules whose removals are never recorded: what they drop is not visible on the page.</summary>
    public static bool IsInvisible(string rule) => rule is Hidden;

    public static string ReasonFor(string rule) => rule switch
    {
        Script => "script fallback text",
        Navigation => "navigation, page header or footer",
        Form => "form or control",
        Embed => "embedded media",
        Hidden => "hidden element",
        BoilerplateClass => "page furniture by class or id",
        Caption => "photo caption",
        LinkDense => "mostly links",
        ReadMore => "read-more link block",
        Headline => "second headline",
        OutsideContent => "outside the article",
        _ => rule,
    };

    /// <summary>The rule that drops an element by its tag name alone, or null.</summary>
    public static string? RuleForTag(string tag) => TagRules.GetValueOrDefault(tag);

    /// <summary>Tags that are never article content, whatever they contain: no protection applies.</summary>
    public static bool IsNeverContent(string tag) => tag is "script" or "style" or "noscript" or "template"
        or "svg" or "math" or "iframe" or "object" or "embed" or "video" or "audio" or "canvas"
        or "button" or "input" or "select" or "textarea";

    private static readonly FrozenDictionary<string, string> TagRules = new Dictionary<string, string>
    {
        ["script"] = Script,
        ["style"] = Script,
        ["noscript"] = Script,
        ["template"] = Script,
        ["nav"] = Navigation,
        ["header"] = Navigation,
        ["footer"] = Navigation,
        ["aside"] = Navigation,
        ["menu"] = Navigation,
        ["form"] = Form,
        ["button"] = Form,
        ["input"] = Form,
        ["select"] = Form,
        ["textarea"] = Form,
        ["label"] = Form,
        ["dialog"] = Form,
        ["svg"] = Embed,
        ["math"] = Embed,
        ["iframe"] = Embed,
        ["object"] = Embed,
        ["embed"] = Embed,
        ["video"] = Embed,
        ["audio"] = Embed,
        ["canvas"] = Embed,
        ["figure"] = Caption,
        ["figcaption"] = Caption,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ARIA roles of page landmarks that are not the article.</summary>
    public static bool IsFurnitureRole(string role) => role is "navigation" or "banner" or "contentinfo"
        or "complementary" or "menu" or "menubar" or "search" or "dialog" or "alertdialog";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>
    /// Furniture named in a class or id. Prefix words match any continuation ("sharebar",
    /// "related-stories"); short words must end at a non-alphanumeric ("ad-slot", "story-tags").
    /// "commentary" and "commentisfree" are opinion sections, not comment threads.
    /// </summary>
    [GeneratedRegex(
        @"(?<![a-z0-9])(comment(?!ary|isfree|-is-free)|disqus|share|sharing|social|related|recommend|promo|newsletter|subscri|signup|sign-up|sidebar|side-bar|breadcrumb|cookie|consent|gdpr|advert|adsbygoogle|adslot|dfp-|sponsor|popup|pop-up|modal|overlay|widget|outbrain|taboola|navbar|navigation|menu|masthead|(footer|header|nav|tags?|ad|ads|rail|topics|trending|most-read|most-popular|more-stories|read-next|toolbar|byline-social)(?![a-z0-9]))",
        Options)]
    public static partial Regex FurnitureClass();

    /// <summary>Captions named in a class or id: "caption", "wp-caption-text", "image-credit", "photo-credit".</summary>
    [GeneratedRegex(@"(?<![a-z0-9])(caption|(image|photo|picture)-?(credit|caption))", Options)]
    public static partial Regex CaptionClass();

    /// <summary>Screen-reader-only text: invisible on the page.</summary>
    [GeneratedRegex(@"(?<![a-z0-9])(sr-only|visually-hidden|screen-reader-text|screen-reader-only|visuallyhidden|a11y-hidden)(?![a-z0-9])|(?<![a-z0-9-])hidden(?![a-z0-9-])", Options)]
    public static partial Regex HiddenClass();

    /// <summary>Classes and ids that name the article body itself: these win over furniture words.</summary>
    [GeneratedRegex(
        @"(?<![a-z0-9])(article-?body|articlebody|story-?body|storybody|entry-content|post-?content|article-?content|story-?content|article-?text|story-?text|post-?body|post-entry|body-?text|article__body|story__body|content__article-body|news-?text|article-main)(?![a-z0-9])",
        Options)]
    public static partial Regex StrongContentClass();

    /// <summary>Readability's words that favour a container a little.</summary>
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", Options)]
    public static partial Regex PositiveClass();

    /// <summary>Readability's words that count against a container that was not dropped.</summary>
    [GeneratedRegex(@"banner|combx|contact|media|meta|scroll|shoutbox|skyscraper|shopping|pagination|pager|author-bio|bio", Options)]
    public static partial Regex NegativeClass();

    /// <summary>The standfirst (dek) under a headline.</summary>
    [GeneratedRegex(
        @"(?<![a-z0-9])(standfirst|dek|sub-?title|sub-?head|sub-?headline|summary|strapline|article-?summary|article-?lede|lead-?in|intro-?text|deck)(?![a-z0-9])",
        Options)]
    public static partial Regex DekClass();

    /// <summary>"Read more:", "Related:", "See also", "Related stories" labels of embedded link blocks.</summary>
    [GeneratedRegex(
        @"^\W{0,3}((read|see) (more|also|next)|also read|related( (stories|articles|coverage|content|news|links|reading))?|more (on|about) this( story)?|more stories|recommended( (for you|stories|reading))?|you (may|might) also like|most (read|popular)|watch|listen|latest)\b\s*(:|[-–—|»›]|$)",
        Options)]
    public static partial Regex ReadMoreLabel();

    /// <summary>A publication-date hint in a class or attribute ("published", "pubdate", "date-published").</summary>
    [GeneratedRegex(@"publish|pubdate|posted|date-?created", Options)]
    public static partial Regex PublishedClass();
}
