using Sitrep.Cleaning;
using Sitrep.Documents;
using Sitrep.Metadata;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output;

/// <summary>A readable account of one document for people: what it is, where the body is, what was set aside and why.</summary>
public static class TextSummary
{
    public static void Write(TextWriter w, Document document)
    {
        var info = document.Get(Layers.Info);
        var cleaned = document.Get(Layers.Cleaned);
        var record = RecordBuilder.Build(document);
        w.WriteLine($"== {document.Name}");
        w.WriteLine($"title:     {info.Title ?? "(none)"}");
        w.WriteLine($"published: {record.Published ?? "unknown"}{(info.Published.Date is null ? string.Empty : $" ({record.PublishedBasis}, rule {info.Published.Rule})")}");
        w.WriteLine($"genre:     {record.Genre} (rule {info.GenreRule})");
        w.WriteLine($"language:  {info.Language.Code} ({info.Language.Confidence:0.00}, rule {info.Language.Rule})");
        w.WriteLine($"wire:      {(info.Wire.IsEmpty ? "none" : string.Join("; ", info.Wire.Select(c => $"{c.Agency} ({Describe(c.Evidence)}: \"{Clip(document.Slice(c.Range), 50)}\")")))}");
        var paragraphs = cleaned.BodyParagraphs.Count();
        var sentences = document.TryGet(Layers.Sentences, out var s) ? s.Count(x => cleaned.Blocks[x.Block].IsBody) : 0;
        w.WriteLine($"body:      {paragraphs} paragraphs, {sentences} sentences");
        w.WriteLine($"  first:   {record.BodyFirst ?? "(no body)"}");
        w.WriteLine($"  last:    {record.BodyLast ?? "(no body)"}");
        if (document.TryGet(Sitrep.Claims.ClaimLayers.Claims, out var claims))
        {
            var byKind = claims.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            w.WriteLine($"claims:    {claims.Length}{(claims.IsEmpty ? string.Empty : " (" + string.Join(", ", byKind) + ")")}; `sitrep explain` shows each with its rule");
        }

        var aside = cleaned.SetAside.ToList();
        if (aside.Count > 0)
        {
            w.WriteLine("set aside:");
            foreach (var block in aside)
            {
                w.WriteLine($"  {block.Role.ToString().ToLowerInvariant(),-10} {block.Rule,-24} {Clip(document.Slice(block.Range), 60)}");
            }
        }

        foreach (var removal in document.Source.Removals)
        {
            w.WriteLine($"  removed    {removal.Rule,-24} {Clip(removal.Excerpt, 60)} ({removal.Reason})");
        }

        foreach (var d in document.Diagnostics)
        {
            w.WriteLine($"note:      {d}");
        }

        w.WriteLine();
    }

    private static string Describe(WireEvidence e) => e switch
    {
        WireEvidence.Dateline => "dateline",
        WireEvidence.TextCredit => "credited in text",
        _ => "photo credit",
    };

    private static string Clip(string s, int n)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= n ? s : s[..(n - 1)] + "…";
    }
}
