using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "date" layer: TIMEX3 mentions. (The temporal tagger is being written; until then it adds nothing.)</summary>
public sealed class DateMentionLayer : IMentionLayer
{
    public string Name => "dates";

    public string LayerField => "date";

    public void AddStages(PipelineBuilder builder)
    {
    }

    public IEnumerable<MentionOut> Mentions(Document document) => [];
}
