namespace Sitrep.Tests.Support;

/// <summary>Finds the repository root (the folder holding Sitrep.slnx) and the shared folder beside it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository (development and CI only; never needed at run time).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
