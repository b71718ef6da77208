using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Metadata;

/// <summary>
/// Learns what the article is as a whole: title, genre, agencies credited, publication date (given
/// metadata wins over what the text says) and language. Non-English text is reported as such
/// (diagnostic M001) rather than misread by English rules.
/// </summary>
public sealed class MetadataStage : IStage
{
    public string Name => "metadata";

    public IReadOnlyList<LayerKey> Requires => [Layers.Cleaned];

    public IReadOnlyList<LayerKey> Produces => [Layers.Info];

    public Document Run(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var cleaned = document.Get(Layers.Cleaned);
        var given = document.Source.Metadata;
        var diagnostics = new List<Diagnostic>();

        var title = given.Title ?? (cleaned.Title is { } t ? t.Slice(text) : null);
        var (genre, genreRule) = GenreClassifier.Classify(text, cleaned, given.GenreHint);
        var wire = WireCredits.Find(text, cleaned);

        PublicationDate published;
        if (given.Published is { } date)
        {
            published = new PublicationDate(date, given.PublishedBasis == DateBasis.None ? DateBasis.Given : given.PublishedBasis, null, "metadata");
        }
        else
        {
            var (found, problem) = PublicationDateFinder.Find(text, cleaned);
            published = found;
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }
        }

        var language = IdentifyLanguage(text, cleaned);
        if (language.Code != "und" && !language.IsEnglish)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NotEnglish, Severity.Warning, $"the text looks {language.Code}, not English (confidence {language.Confidence:0.00}); English rules will miss most of it"));
        }
        else if (language.Code == "und")
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LanguageUncertain, Severity.Info, "too little text to tell the language"));
        }

        var result = document.With(Layers.Info, new DocumentInfo(title, genre, genreRule, wire, published, language));
        return diagnostics.Count == 0 ? result : result.WithDiagnostics(diagnostics);
    }

    private static LanguageGuess IdentifyLanguage(string text, Cleaning.CleanedArticle cleaned)
    {
        // The body speaks for the article; furniture is often in the site's language or boilerplate.
        if (cleaned.Body is { } body)
        {
            return LanguageIdentifier.Identify(body.Of(text));
        }

        return LanguageIdentifier.Identify(text);
    }
}
