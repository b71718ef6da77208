namespace Sitrep.Html;

/// <summary>Diagnostic codes the HTML reader emits (stable: users filter on them).</summary>
public static class HtmlDiagnosticCodes
{
    /// <summary>No article content was found in the page: the text is what remained (possibly empty).</summary>
    public const string NoArticle = "H001";

    /// <summary>A publication date declared by the page (meta tag, JSON-LD, &lt;time&gt;) could not be read.</summary>
    public const string UnreadableDate = "H002";

    /// <summary>Elements nested deeper than the limit were flattened before parsing.</summary>
    public const string NestingFlattened = "H003";
}
