using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// One step of the pipeline. A stage declares the layers it reads and the layers it adds; the
/// builder checks the order once, so a stage can trust that what it requires is there.
/// </summary>
public interface IStage
{
    string Name { get; }

    IReadOnlyList<LayerKey> Requires { get; }

    IReadOnlyList<LayerKey> Produces { get; }

    Document Run(Document document, CancellationToken cancellationToken);
}
