using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Quantities;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "quantity" layer: counts, ranges, bounds and vague amounts with what they count (spec/mentions.md).</summary>
public sealed class QuantityMentionLayer : IMentionLayer
{
    public string Name => "quantities";

    public string LayerField => "quantity";

    public void AddStages(PipelineBuilder builder) => builder.UseQuantities();

    public IEnumerable<MentionOut> Mentions(Document document) =>
        document.TryGet(QuantityLayers.Quantities, out var quantities)
            ? quantities.Select(q => new MentionOut(q.Range, w =>
            {
                WriteBound(w, "low", q.Low);
                WriteBound(w, "high", q.High);
                w.WriteBoolean("approx", q.Approx);
                w.WriteString("unit", q.Unit);
                w.WriteString("counted", q.Counted);
                w.WriteString("rule", q.Rule);
            }))
            : [];

    private static void WriteBound(System.Text.Json.Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
