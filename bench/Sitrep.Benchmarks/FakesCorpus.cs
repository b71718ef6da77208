using System.Text;
using Sitrep.Reading;

namespace Sitrep.Benchmarks;

/// <summary>
/// The FA-KES articles (Syrian-war news, 804 articles, Windows-1252 CSV) from ../shared/corpora,
/// for measurement only: the corpus is read at benchmark time and never copied into the project.
/// Each article is kept as the UTF-8 bytes a user's file would hold.
/// </summary>
public static class FakesCorpus
{
    public const string RelativePath = "corpora/fa-kes/FA-KES-Dataset.csv";

    public static IReadOnlyList<byte[]> Load()
    {
        var path = Locate();
        var text = Windows1252.GetString(File.ReadAllBytes(path));
        var rows = ParseCsv(text);
        var header = rows[0];
        var content = Array.IndexOf(header, "article_content");
        var title = Array.IndexOf(header, "article_title");
        return rows.Skip(1)
            .Where(r => r.Length > content && r[content].Length > 0)
            .Select(r => Encoding.UTF8.GetBytes(r[title] + "\n\n" + r[content]))
            .ToList();
    }

    /// <summary>The shared folder: $SITREP_SHARED, else ../shared beside the repository root.</summary>
    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (env is not null && File.Exists(Path.Combine(env, RelativePath)))
        {
            return Path.Combine(env, RelativePath);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"FA-KES not found: set SITREP_SHARED to the shared folder (it holds {RelativePath}).");
    }

    /// <summary>RFC 4180 CSV: quoted fields with doubled quotes and line breaks.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
