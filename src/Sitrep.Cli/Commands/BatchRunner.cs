using Sitrep.Cli.Input;
using Sitrep.Documents;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>The outcome for one input: a processed document, or the reason it failed.</summary>
public sealed record Outcome(InputItem Item, Document? Document, string? Error);

/// <summary>
/// Runs a pipeline over a batch of inputs on every core, hands outcomes back in input order, and
/// reports each failure as one line; a failure never stops the rest of the batch.
/// </summary>
public sealed class BatchRunner(Pipeline.Pipeline pipeline, int maxBytes)
{
    public Outcome ProcessOne(InputItem item, CancellationToken cancellationToken = default)
    {
        var loaded = ArticleLoader.Load(item, maxBytes);
        if (loaded.Article is null)
        {
            return new Outcome(item, null, loaded.Error);
        }

        try
        {
            return new Outcome(item, pipeline.Process(loaded.Article, cancellationToken), null);
        }
        catch (Reading.ArticleRejectedException e)
        {
            return new Outcome(item, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in a stage must not lose the batch: report it against this input and go on.
            return new Outcome(item, null, $"internal error in Sitrep ({e.GetType().Name}: {e.Message}); please report it with this file");
        }
    }

    /// <summary>Processes <paramref name="items"/> in parallel; <paramref name="onOutcome"/> sees them in order, on one thread.</summary>
    public (int Succeeded, int Failed) Run(IReadOnlyList<InputItem> items, Action<Outcome> onOutcome, TextWriter errors, bool showProgress, CancellationToken cancellationToken = default)
    {
        int succeeded = 0, failed = 0;
        void Handle(Outcome outcome)
        {
            if (outcome.Error is not null)
            {
                failed++;
                errors.WriteLine($"sitrep: {outcome.Item.Label}: {outcome.Error}");
            }
            else
            {
                succeeded++;
                foreach (var warning in outcome.Document!.Diagnostics.Where(d => d.Severity >= Severity.Warning))
                {
                    errors.WriteLine($"sitrep: {outcome.Item.Label}: warning {warning.Code}: {warning.Message}");
                }
            }

            onOutcome(outcome);
        }

        var outcomes = items
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => ProcessOne(item, cancellationToken));

        if (!showProgress)
        {
            foreach (var outcome in outcomes)
            {
                Handle(outcome);
            }

            return (succeeded, failed);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("extracting", maxValue: items.Count);
                foreach (var outcome in outcomes)
                {
                    Handle(outcome);
                    task.Increment(1);
                }
            });
        return (succeeded, failed);
    }
}
