namespace Sitrep.Cli.Output.Mentions;

/// <summary>Every layer `annotate` knows, in the order their stages run.</summary>
public static class MentionLayers
{
    public static IReadOnlyList<IMentionLayer> All { get; } = [new DateMentionLayer(), new QuantityMentionLayer(), new ActorMentionLayer(), new PersonMentionLayer(), new PlaceMentionLayer()];

    public static IMentionLayer? Find(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(l.LayerField, name, StringComparison.OrdinalIgnoreCase));
}
