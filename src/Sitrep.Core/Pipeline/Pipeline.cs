using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Reading;

namespace Sitrep.Pipeline;

/// <summary>A frozen, thread-safe sequence of stages built by <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IStage> stages, PipelineOptions options)
    {
        Stages = stages;
        Options = options;
    }

    public ImmutableArray<IStage> Stages { get; }

    public PipelineOptions Options { get; }

    /// <summary>Normalises the article's text and runs every stage over it.</summary>
    public Document Process(SourceArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Text.Length > Options.MaxArticleChars)
        {
            throw new ArticleRejectedException(
                $"text is {article.Text.Length:N0} characters, over the limit of {Options.MaxArticleChars:N0}");
        }

        var document = TextNormaliser.Normalise(article);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Run(document, cancellationToken);
        }

        return document;
    }

    /// <summary>One line per stage: its name, what it needs and what it adds.</summary>
    public IEnumerable<string> Describe() =>
        Stages.Select(s =>
            $"{s.Name}: requires [{string.Join(", ", s.Requires)}] produces [{string.Join(", ", s.Produces)}]");
}
