using System.CommandLine;
using Sitrep.Cli.Evaluation;
using Sitrep.Cli.Output;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep eval --gold GOLD --system SYSTEM [--verbose] [--json OUT]`: scores claims files as
/// shared/tools/score_claims.py does and prints the same report.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold claims, JSON Lines, one document record a line.", Required = true };
        var system = new Option<FileInfo>("--system") { Description = "System claims in the same format; documents pair by the base name of \"doc\".", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "Also list every gold claim missed or paired with wrong fields." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the numbers to this file as JSON." };

        var command = new Command("eval", "Score claims against gold annotations.");
        command.Options.Add(gold);
        command.Options.Add(system);
        command.Options.Add(verbose);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(gold)!,
            parseResult.GetValue(system)!,
            parseResult.GetValue(verbose),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo goldFile, FileInfo systemFile, bool verbose, FileInfo? jsonFile, TextWriter output, TextWriter error)
    {
        if (Read(goldFile) is not { } gold || Read(systemFile) is not { } system)
        {
            return ExitCodes.Usage;
        }

        ClaimReport report;
        try
        {
            report = ClaimScorer.Score(gold, system);
        }
        catch (ClaimFormatException e)
        {
            error.WriteLine($"{goldFile} / {systemFile}: {e.Message}");
            return ExitCodes.Usage;
        }

        if (jsonFile is not null)
        {
            try
            {
                using var file = new AtomicFile(jsonFile.FullName);
                ClaimReportWriter.WriteJson(file.Writer, report);
                file.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{jsonFile}: {e.Message}");
                return ExitCodes.OutputFailed;
            }
        }

        ClaimReportWriter.WriteText(output, report, verbose);
        return ExitCodes.Ok;

        ClaimDocuments? Read(FileInfo file)
        {
            var result = ClaimDocuments.Load(file.ToString());
            if (result.Error is not null)
            {
                error.WriteLine(result.Error);
            }

            return result.Documents;
        }
    }
}
