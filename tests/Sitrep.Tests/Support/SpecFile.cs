namespace Sitrep.Tests.Support;

/// <summary>
/// A golden spec file: Markdown whose "## " sections each hold fenced blocks (```text, ```roles,
/// …). The prose is documentation; the fenced blocks are the test's input and expectation.
/// </summary>
public sealed record SpecExample(string File, string Title, IReadOnlyDictionary<string, string> Blocks)
{
    public override string ToString() => $"{File}: {Title}";
}

public static class SpecFile
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", name);

    public static IReadOnlyList<SpecExample> Read(string name)
    {
        var examples = new List<SpecExample>();
        string? title = null;
        Dictionary<string, string>? blocks = null;
        string? fence = null;
        var body = new List<string>();
        foreach (var line in File.ReadAllLines(PathOf(name)))
        {
            if (fence is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    blocks![fence] = string.Join("\n", body);
                    fence = null;
                    body.Clear();
                }
                else
                {
                    body.Add(line);
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    examples.Add(new SpecExample(name, title, blocks!));
                }

                title = line[3..].Trim();
                blocks = [];
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && blocks is not null)
            {
                fence = line[3..].Trim();
            }
        }

        if (title is not null)
        {
            examples.Add(new SpecExample(name, title, blocks!));
        }

        return examples;
    }

    /// <summary>xunit theory data: one row per example, named by its title.</summary>
    public static TheoryData<string> Titles(string name)
    {
        var data = new TheoryData<string>();
        foreach (var e in Read(name))
        {
            data.Add(e.Title);
        }

        return data;
    }

    public static SpecExample Get(string name, string title) => Read(name).Single(e => e.Title == title);

    /// <summary>The rows of a "a | b | c" block, each cell trimmed and joined again with " | ".</summary>
    public static List<string> PipeRows(string block) =>
        [.. block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(" | ", l.Split('|').Select(p => p.Trim())))];

    /// <summary>A passage as the body of an article: a headline line first, so cleaning reads the passage as the body.</summary>
    public static string AsArticle(string passage) => "Report from the front\n\n" + passage;

    /// <summary>The "key: value" lines of a block, in order (keys may repeat).</summary>
    public static IReadOnlyList<(string Key, string Value)> KeyValues(string block) =>
        [.. block.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => (l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))];
}
