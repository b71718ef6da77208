using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>The `sitrep` command line: one sub-command per job.</summary>
public static class SitrepCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Sitrep: conflict news in, attributed, dated, mapped claims out.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Build().Parse(args).Invoke();
}
