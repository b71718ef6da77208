namespace Sitrep.Cli.Commands;

/// <summary>What `sitrep` exits with.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed (each named on standard error); the others were written.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written.</summary>
    public const int OutputFailed = 3;
}
