namespace Sitrep.Cli.Evaluation;

/// <summary>
/// A record whose shape the scorer cannot use: a value of the wrong type where the reference
/// scorer would stop with a Python TypeError or AttributeError (claims that are not a list, a
/// sentence that is a number). The message names the value; the scorer adds the document.
/// </summary>
public sealed class ClaimFormatException(string message) : Exception(message);
