using Sitrep.Text;

namespace Sitrep.Documents;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A stable-coded message about an article (never an exception): the code names the rule, the
/// range (if any) points into the document text.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, TextRange? Range = null)
{
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()}: {Message}";
}
