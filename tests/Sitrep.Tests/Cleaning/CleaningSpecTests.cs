using Sitrep.Cleaning;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cleaning;

/// <summary>Runs every example of Specs/Cleaning.md.</summary>
public sealed class CleaningSpecTests
{
    public static TheoryData<string> Examples => SpecFile.Titles("Cleaning.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_EveryLineGetsItsRole(string title)
    {
        var example = SpecFile.Get("Cleaning.md", title);
        var text = example.Blocks["text"];
        var expected = SpecFile.KeyValues(example.Blocks["roles"]).Select(kv => (Role: kv.Key, Start: kv.Value)).ToList();

        var (article, _) = CleaningStage.Clean(text, null);

        var actual = article.Blocks.Select(b => (Role: b.Role.ToString().ToLowerInvariant(), Text: b.Range.Slice(text), b.Rule)).ToList();
        var report = string.Join("\n", actual.Select(a => $"{a.Role}: {a.Text[..Math.Min(50, a.Text.Length)]}  [{a.Rule}]"));
        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} blocks, got {actual.Count}:\n{report}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(
                expected[i].Role == actual[i].Role && actual[i].Text.StartsWith(expected[i].Start, StringComparison.Ordinal),
                $"block {i}: expected {expected[i].Role}: {expected[i].Start}\n{report}");
        }
    }
}
