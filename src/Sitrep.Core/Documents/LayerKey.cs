namespace Sitrep.Documents;

/// <summary>Names one annotation layer of a document and the type of value it holds.</summary>
public abstract class LayerKey(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A typed layer key: one stage produces it, later stages read it.</summary>
public sealed class LayerKey<T>(string name) : LayerKey(name)
    where T : notnull;
