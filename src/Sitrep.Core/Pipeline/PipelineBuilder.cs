using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// Collects stages and options, then builds a frozen <see cref="Pipeline"/>. <see cref="Build"/>
/// checks that each stage's required layers are produced by a stage before it.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> stages = [];

    public PipelineOptions Options { get; set; } = PipelineOptions.Default;

    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stages.Any(s => s.Name == stage.Name))
        {
            throw new InvalidOperationException($"Stage '{stage.Name}' is already in the pipeline.");
        }

        stages.Add(stage);
        return this;
    }

    /// <summary>Whether a stage already added produces <paramref name="layer"/>.</summary>
    public bool Has(LayerKey layer) => stages.Any(s => s.Produces.Contains(layer));

    public PipelineBuilder WithOptions(PipelineOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public Pipeline Build()
    {
        var available = new HashSet<LayerKey>();
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage produces.");
            }

            foreach (var produced in stage.Produces)
            {
                if (!available.Add(produced))
                {
                    throw new InvalidOperationException($"Layer '{produced}' is produced twice (again by '{stage.Name}').");
                }
            }
        }

        return new Pipeline([.. stages], Options);
    }
}
