using System.CommandLine;
using Sitrep.Claims;
using Sitrep.Claims.Attribution;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.People;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep explain FILE… [--pipeline]`: sentence by sentence, the mentions each stage found, who
/// asserts the sentence, and every claim with the rule that made it — the tool to trust or
/// correct Sitrep. `--pipeline` prints the stages, what each needs and what each adds.
/// </summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles to explain (as for extract).", Arity = ArgumentArity.ZeroOrMore };
        var pipelineOption = new Option<bool>("--pipeline") { Description = "Print the pipeline's stages instead." };
        var published = BatchCommand.PublishedOption();
        var maxSize = BatchCommand.MaxSizeOption();
        var command = new Command("explain", "Show, sentence by sentence, the mentions, the claims and why each was made.") { paths, pipelineOption, published, maxSize };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(pipelineOption), parse.GetValue(published), parse.GetValue(maxSize) ?? BatchCommand.DefaultMaxSize, Console.Out, Console.Error, Console.In));
        return command;
    }

    public static int Run(string[] paths, bool describePipeline, string? published, string maxSize, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var pipeline = SitrepPipeline.CreateExtraction();
        if (describePipeline)
        {
            foreach (var line in pipeline.Describe())
            {
                stdout.WriteLine(line);
            }

            return ExitCodes.Ok;
        }

        if (paths.Length == 0)
        {
            stderr.WriteLine("sitrep: explain needs a file (or --pipeline)");
            return ExitCodes.Usage;
        }

        return BatchCommand.Run(paths, null, published, maxSize, pipeline, Write, stdout, stderr, stdin);
    }

    private static void Write(TextWriter w, Document d)
    {
        var cleaned = d.Get(Layers.Cleaned);
        var sentences = d.Get(Layers.Sentences);
        var attribution = d.Get(AttributionLayers.Attribution);
        var actors = d.Get(ActorLayers.Actors);
        var people = d.Get(PeopleLayers.People);
        var quantities = d.Get(QuantityLayers.Quantities);
        var claims = d.Get(ClaimLayers.Claims);
        var info = d.Get(Layers.Info);
        w.WriteLine($"== {d.Name}  (published {info.Published.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, {(info.Genre == Metadata.Genre.Opinion ? "opinion" : "news")}, wire: {string.Join(",", info.Agencies)})");
        for (var s = 0; s < sentences.Length; s++)
        {
            var block = cleaned.Blocks[sentences[s].Block];
            var range = sentences[s].Range;
            if (!block.IsBody)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"[{s}] {d.Slice(range)}");
            var a = attribution.Sentences[s];
            w.WriteLine(a.Attributed ? $"    asserted by: {a.Source}{(a.Speaker is null ? string.Empty : $" ({a.Speaker})")}  [rule {a.Rule}]" : "    asserted by: the text itself");
            foreach (var m in actors.Where(m => range.Contains(m.Range)))
            {
                w.WriteLine($"    actor     \"{d.Slice(m.Range)}\" = {m.Actor.Id}  [{m.Rule}]");
            }

            foreach (var m in people.Where(m => range.Contains(m.Range)))
            {
                w.WriteLine($"    person    \"{d.Slice(m.Range)}\" = {m.Name}, {m.Org ?? "no organisation"}  [{m.Rule}{(m.OrgRule is null ? string.Empty : "; org " + m.OrgRule)}]");
            }

            foreach (var m in quantities.Where(m => range.Contains(m.Range)))
            {
                w.WriteLine($"    quantity  \"{d.Slice(m.Range)}\" = {m.Low?.ToString() ?? "…"}–{m.High?.ToString() ?? "…"} {m.Unit}{(m.Approx ? " (approx)" : string.Empty)}  [{m.Rule}]");
            }

            foreach (var m in attribution.Hedges.Where(m => range.Contains(m.Range)))
            {
                w.WriteLine($"    hedge     \"{m.Cue}\"");
            }

            foreach (var m in attribution.Negations.Where(m => range.Contains(m.Range)))
            {
                w.WriteLine($"    negation  \"{m.Cue}\"");
            }

            foreach (var c in claims.Where(c => c.Sentence == s))
            {
                var what = c.Kind switch
                {
                    ClaimKind.Control => $"control {c.Status?.ToString().ToLowerInvariant()}",
                    ClaimKind.Event => $"event {c.EventType?.ToString().ToLowerInvariant()}",
                    _ => c.Kind.ToString().ToLowerInvariant(),
                };
                var amount = c.Quantity is { } q ? $" {q.Low?.ToString() ?? "…"}–{q.High?.ToString() ?? "…"} {q.Unit}" : string.Empty;
                w.WriteLine($"  → CLAIM {what}: actor {c.Actor ?? "?"}{(c.Other is null ? string.Empty : $", other {c.Other}")}{amount}, date {c.Date ?? "?"}, source {c.Source}{(c.Hedged ? ", hedged" : string.Empty)}{(c.Negated ? ", negated" : string.Empty)}");
                w.WriteLine($"          because \"{d.Slice(c.Evidence)}\" [rule {c.Rule}]");
                var place = c.Place is { } p ? $"{p.Name}{(p.Lat is { } lat && p.Lon is { } lon ? FormattableString.Invariant($" ({lat:0.###}, {lon:0.###})") : " (unresolved)")}{(c.PlaceDetail is null ? string.Empty : $", {c.PlaceDetail}")}" : "none";
                w.WriteLine($"          where {place}; when {c.Date ?? "none"} [rule {c.DateRule ?? "-"}]");
                if (Output.RecordBuilder.Coding(c, d.Slice(c.SentenceRange)) is { } code)
                {
                    var deaths = code.FatalitiesBest is { } best ? $", fatalities {code.FatalitiesLow}/{best}/{code.FatalitiesHigh?.ToString() ?? "-"} (low/best/high)" : string.Empty;
                    w.WriteLine($"          ACLED {code.AcledEventType} / {code.AcledSubEventType}, geo {code.AcledGeoPrecision}, time {code.AcledTimePrecision}{deaths}; UCDP where_prec {code.UcdpWherePrec}, date_prec {code.UcdpDatePrec} [rule {code.Rule}]");
                }
            }
        }

        w.WriteLine();
    }
}
