using System.Reflection;
using Sitrep.Documents;

namespace Sitrep.Tests.Architecture;

/// <summary>The shape the code must keep: a core that knows no outputs, immutable model types.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Document).Assembly;

    [Fact]
    public void Core_ReferencesOnlyTheFramework()
    {
        var foreign = Core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib" && !n.StartsWith("Microsoft.Win32", StringComparison.Ordinal))
            .ToList();
        Assert.True(foreign.Count == 0, "Sitrep.Core references " + string.Join(", ", foreign));
    }

    [Fact]
    public void Core_UsesNoJsonHtmlOrStorageNamespaces()
    {
        var forbidden = new[] { "System.Text.Json", "System.Data", "System.Net.Http", "AngleSharp", "Microsoft.Data" };
        var offenders = Core.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => (Type: t, Used: f.FieldType))
                .Concat(t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(p => (Type: t, Used: p.PropertyType))))
            .Where(x => x.Used.Namespace is { } ns && forbidden.Any(f => ns.StartsWith(f, StringComparison.Ordinal)))
            .Select(x => $"{x.Type.Name} uses {x.Used.FullName}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void PublicModelTypes_HaveNoPublicSetters()
    {
        // Builders are mutable by design; everything else a stage hands on is frozen.
        var mutable = Core.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.True(mutable.Count == 0, "settable: " + string.Join(", ", mutable));
    }

    [Fact]
    public void PublicModelTypes_HaveNoPublicMutableFields()
    {
        var fields = Core.GetExportedTypes()
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        Assert.True(fields.Count == 0, "mutable fields: " + string.Join(", ", fields));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
