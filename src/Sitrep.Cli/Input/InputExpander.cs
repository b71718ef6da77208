using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Cli.Input;

/// <summary>
/// Turns command-line arguments into articles: files, folders (recursively, in name order), glob
/// patterns (*, ?, **), "-" for standard input, and JSON Lines manifests (*.jsonl, *.ndjson).
/// Paths that do not exist become broken items, reported in turn, so the rest of a batch goes on.
/// </summary>
public static class InputExpander
{
    /// <summary>What a folder walk picks up; manifests are read only when named (or matched by a glob).</summary>
    private static readonly string[] ArticleExtensions = [".txt", ".text", ".html", ".htm", ".xhtml"];

    public static IEnumerable<InputItem> Expand(IEnumerable<string> arguments, Func<TextReader> stdin, int maxBytes)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return ReadStdin(stdin, maxBytes);
                continue;
            }

            if (ContainsWildcard(argument))
            {
                var matched = false;
                foreach (var path in Glob(argument))
                {
                    matched = true;
                    foreach (var item in FromFile(path, Path.GetFileName(path)))
                    {
                        yield return item;
                    }
                }

                if (!matched)
                {
                    yield return InputItem.Broken(argument, "no file matches this pattern");
                }

                continue;
            }

            if (Directory.Exists(argument))
            {
                foreach (var path in WalkFolder(argument))
                {
                    var name = Path.GetRelativePath(argument, path).Replace('\\', '/');
                    foreach (var item in FromFile(path, name))
                    {
                        yield return item;
                    }
                }

                continue;
            }

            if (File.Exists(argument) || IsLinkOrSpecial(argument))
            {
                foreach (var item in FromFile(argument, Path.GetFileName(argument)))
                {
                    yield return item;
                }

                continue;
            }

            yield return InputItem.Broken(argument, "no such file or folder");
        }
    }

    public static bool IsManifest(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<InputItem> FromFile(string path, string name) =>
        IsManifest(path) ? ManifestReader.Read(path) : [InputItem.FromFile(path, name)];

    private static InputItem ReadStdin(Func<TextReader> stdin, int maxBytes)
    {
        var reader = stdin();
        var buffer = new char[8192];
        var sb = new StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
            if (sb.Length > maxBytes)
            {
                return InputItem.Broken("stdin", $"standard input is over the --max-size limit of {maxBytes:N0} bytes");
            }
        }

        var text = sb.ToString();
        var html = LooksLikeHtml(text);
        return new InputItem("stdin", "stdin", html ? InputKind.InlineHtml : InputKind.InlineText, text, Sitrep.Documents.ArticleMetadata.Empty);
    }

    internal static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text.TrimStart();
        head = head[..Math.Min(head.Length, 512)];
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<meta", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Files of a folder tree in ordinal name order, folders after files; hidden entries skipped.</summary>
    private static IEnumerable<string> WalkFolder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
            {
                var fileName = Path.GetFileName(f);
                if (!fileName.StartsWith('.') && IsArticleFile(fileName))
                {
                    yield return f;
                }
            }

            Array.Sort(dirs, StringComparer.Ordinal);
            for (var i = dirs.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(dirs[i]).StartsWith('.'))
                {
                    pending.Push(dirs[i]);
                }
            }
        }
    }

    /// <summary>Inside folders, files with an article's extension or none at all.</summary>
    private static bool IsArticleFile(string fileName)
    {
        var ext = Path.GetExtension(fileName);
        return ext.Length == 0 || ArticleExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsLinkOrSpecial(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static bool ContainsWildcard(string s) => s.IndexOfAny(['*', '?', '[']) >= 0 && !File.Exists(s);

    /// <summary>Expands a glob: the fixed leading folders are the root; "**" matches any depth.</summary>
    internal static IEnumerable<string> Glob(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !ContainsWildcardChars(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            yield break;
        }

        var regex = GlobToRegex(string.Join('/', segments[fixedCount..]));
        var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => regex.IsMatch(f.Relative))
            .Select(f => f.Full)
            .Order(StringComparer.Ordinal);
        foreach (var f in files)
        {
            yield return f;
        }
    }

    private static bool ContainsWildcardChars(string s) => s.IndexOfAny(['*', '?', '[']) >= 0;

    internal static Regex GlobToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    sb.Append("(?:[^/]*/)*");
                }
                else
                {
                    sb.Append(".*");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
