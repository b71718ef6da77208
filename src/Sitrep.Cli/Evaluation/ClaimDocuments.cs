using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// The document records of one claims file (JSON Lines, spec/claims.md), keyed by the base name of
/// their "doc" as the reference scorer keys them: in order of first appearance, a later record with
/// the same name replacing the earlier one.
/// </summary>
public sealed class ClaimDocuments
{
    // Python's json module nests far deeper than System.Text.Json's default of 64.
    internal static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 256 };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly OrderedDictionary<string, PyDict> records;

    private ClaimDocuments(OrderedDictionary<string, PyDict> records) => this.records = records;

    public int Count => records.Count;

    public IEnumerable<string> Names => records.Keys;

    internal IEnumerable<KeyValuePair<string, PyDict>> Records => records;

    /// <summary>Reads a claims file; the path is also the name errors are reported under.</summary>
    public static ClaimFileResult Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            return Read(reader, path);
        }
        catch (DecoderFallbackException e)
        {
            return ClaimFileResult.Failure($"{path}: not UTF-8: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ClaimFileResult.Failure($"{path}: {e.Message}");
        }
    }

    /// <summary>Reads claims records, one a line; <paramref name="path"/> names the source in errors.</summary>
    public static ClaimFileResult Read(TextReader reader, string path)
    {
        var records = new OrderedDictionary<string, PyDict>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;

            // A UTF-8 byte order mark is accepted here (the reference refuses it).
            var line = PyText.Strip(number == 1 ? raw.TrimStart('\uFEFF') : raw);
            if (line.Length == 0)
            {
                continue;
            }

            PyValue record;
            try
            {
                using var json = JsonDocument.Parse(line, JsonOptions);
                record = PyValue.FromJson(json.RootElement);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return ClaimFileResult.Failure($"{path}:{number}: not JSON: {e.Message}");
            }

            if (record is not PyDict dict || !dict.TryGet("doc", out var doc))
            {
                return ClaimFileResult.Failure($"{path}:{number}: a document record needs a 'doc' field");
            }

            records[BaseName(doc.ToPythonString())] = dict;
        }

        return ClaimFileResult.Success(new ClaimDocuments(records));
    }

    internal bool TryGet(string name, out PyDict record) => records.TryGetValue(name, out record!);

    // Python's os.path.basename on POSIX.
    private static string BaseName(string path) => path[(path.LastIndexOf('/') + 1)..];
}

/// <summary>What reading a claims file gave: the documents, or the one error that stopped it.</summary>
public sealed record ClaimFileResult
{
    private ClaimFileResult(ClaimDocuments? documents, string? error)
    {
        Documents = documents;
        Error = error;
    }

    public ClaimDocuments? Documents { get; }

    public string? Error { get; }

    public static ClaimFileResult Success(ClaimDocuments documents) => new(documents, null);

    public static ClaimFileResult Failure(string error) => new(null, error);
}
