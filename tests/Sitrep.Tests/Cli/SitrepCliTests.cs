using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Cli;

/// <summary>The root command: every sub-command is reachable and listed in `sitrep --help`.</summary>
public sealed class SitrepCliTests
{
    [Fact]
    public void Help_ListsTheGazetteerCommand()
    {
        var output = new StringWriter();
        var exit = SitrepCli.Build().Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exit);
        Assert.Contains("gazetteer", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GazetteerImportWithFilesAndOut_ReachesTheImportCommand()
    {
        var result = SitrepCli.Build().Parse(["gazetteer", "import", "cities500.txt", "--out", "g.bin"]);

        Assert.Empty(result.Errors);
        Assert.Equal("import", result.CommandResult.Command.Name);
    }
}
