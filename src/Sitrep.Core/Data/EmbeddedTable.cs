using System.Reflection;

namespace Sitrep.Data;

/// <summary>
/// The tab-separated data files compiled into Sitrep (actors, people): read from the assembly's
/// resources, '#' lines and blank lines skipped, each row with its line number for error messages.
/// </summary>
public static class EmbeddedTable
{
    public static string ReadText(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded data file '{resourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The data rows of a table: (line number, columns).</summary>
    public static IEnumerable<(int Line, string[] Columns)> Rows(string tsv)
    {
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }
}
