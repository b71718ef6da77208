using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output.Mentions;

/// <summary>The "quantity" layer: TIMEX3 mentions. (The temporal tagger is being written; until then it adds nothing.)</summary>
public sealed class QuantityMentionLayer : IMentionLayer
{
    public string Name => "quantities";

    public string LayerField => "quantity";

    public void AddStages(PipelineBuilder builder)
    {
    }

    public IEnumerable<MentionOut> Mentions(Document document) => [];
}
