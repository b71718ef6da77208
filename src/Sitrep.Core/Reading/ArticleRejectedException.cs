namespace Sitrep.Reading;

/// <summary>
/// An input that cannot be made into an article (binary, undecodable, too large). The message is
/// the reason, written to follow a file name: "input.txt: {message}".
/// </summary>
public sealed class ArticleRejectedException(string message) : Exception(message);
