using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep eval`: placeholder until the scorer lands (being written now).</summary>
public static class EvalCommand
{
    public static Command Create() => new("eval", "Score claims against gold annotations.");
}
