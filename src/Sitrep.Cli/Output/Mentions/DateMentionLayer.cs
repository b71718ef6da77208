using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Recognition.Dates;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "date" layer: TIMEX3 type and value resolved against the publication date, with precision and rule (spec/mentions.md).</summary>
public sealed class DateMentionLayer : IMentionLayer
{
    public string Name => "dates";

    public string LayerField => "date";

    public void AddStages(PipelineBuilder builder)
    {
        if (!builder.Has(DateLayers.Dates))
        {
            builder.UseDates();
        }
    }

    public IEnumerable<MentionOut> Mentions(Document document) =>
        document.TryGet(DateLayers.Dates, out var dates)
            ? dates.Select(m => new MentionOut(m.Range, w =>
            {
                w.WriteString("type", TypeName(m.Type));
                w.WriteString("value", m.Value);
                w.WriteString("precision", m.Precision.ToString().ToLowerInvariant());
                if (m.Interval is { } interval)
                {
                    w.WriteString("interval", interval.ToString());
                }

                if (m.Mod is not null)
                {
                    w.WriteString("mod", m.Mod);
                }

                w.WriteString("policy", m.Policy);
                w.WriteString("rule", m.Rule);
            }))
            : [];

    private static string TypeName(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };
}
