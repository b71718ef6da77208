namespace Sitrep.Cli.Output;

/// <summary>
/// Writes a file so that it is never seen half-written: everything goes to a temporary file in the
/// same folder, which replaces the target only on <see cref="Commit"/>. Disposed without a
/// commit, the temporary file is deleted and the target is untouched.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;

    public AtomicFile(string target)
    {
        this.target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(this.target) ?? ".";
        Directory.CreateDirectory(folder);
        temporary = Path.Combine(folder, $".{Path.GetFileName(this.target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        Writer.Dispose();
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // best effort: the target is untouched either way
        }
    }
}
