using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Segmentation;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// Aliases indexed by their token sequences (lower-cased, possessives and curly apostrophes
/// folded), so a run of tokens is matched against every alias at once, longest first.
/// </summary>
internal sealed class AliasTrie
{
    private readonly Dictionary<string, AliasTrie> children = new(StringComparer.Ordinal);
    private readonly List<Alias> terminals = [];
    private FrozenDictionary<string, AliasTrie> frozen = FrozenDictionary<string, AliasTrie>.Empty;
    private FrozenDictionary<string, AliasTrie>.AlternateLookup<ReadOnlySpan<char>> byKey;

    public IReadOnlyList<Alias> Terminals => terminals;

    public static AliasTrie Build(IEnumerable<Alias> aliases)
    {
        var root = new AliasTrie();
        foreach (var alias in aliases)
        {
            var node = root;
            foreach (var key in alias.Tokens)
            {
                if (!node.children.TryGetValue(key, out var next))
                {
                    next = new AliasTrie();
                    node.children[key] = next;
                }

                node = next;
            }

            node.terminals.Add(alias);
        }

        root.Freeze();
        return root;
    }

    private void Freeze()
    {
        // Looked up once per token of every article: a frozen table reads faster than the one it was built in.
        frozen = children.ToFrozenDictionary(StringComparer.Ordinal);
        byKey = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var child in children.Values)
        {
            child.Freeze();
        }
    }

    public AliasTrie? Next(string key) => frozen.GetValueOrDefault(key);

    /// <summary>The child for a token as written, keyed without allocating (see <see cref="Key"/>).</summary>
    public AliasTrie? Next(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[64];
        var key = KeyInto(token, buffer);
        return key.IsEmpty && !token.IsEmpty ? Next(Key(token)) : byKey.TryGetValue(key, out var next) ? next : null;
    }

    /// <summary>Writes a token's key into <paramref name="buffer"/>; empty when it does not fit.</summary>
    public static ReadOnlySpan<char> KeyInto(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var length = PossessiveFreeLength(token);
        if (length > buffer.Length)
        {
            return [];
        }

        for (var i = 0; i < length; i++)
        {
            var c = token[i];
            buffer[i] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return buffer[..length];
    }

    /// <summary>The keys an alias or a text is matched by.</summary>
    public static ImmutableArray<string> Keys(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextRange(0, text.Length), tokens);
        return [.. tokens.Select(t => Key(t.Range.Of(text)))];
    }

    /// <summary>The tokens of a text as written.</summary>
    public static ImmutableArray<string> Surface(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextRange(0, text.Length), tokens);
        return [.. tokens.Select(t => t.Range.Slice(text))];
    }

    /// <summary>A token's key: lower case, ’ as ', a possessive 's dropped.</summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        var length = PossessiveFreeLength(token);
        return string.Create(length, token[..length].ToString(), static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] == '’' ? '\'' : char.ToLowerInvariant(s[i]);
            }
        });
    }

    /// <summary>The length of a token without a trailing possessive ('s, ’s, or a bare apostrophe after s).</summary>
    public static int PossessiveFreeLength(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && (token[^2] is '\'' or '’') && token[^1] is 's' or 'S')
        {
            return token.Length - 2;
        }

        if (token.Length > 2 && token[^1] is '\'' or '’' && token[^2] is 's' or 'S')
        {
            return token.Length - 1;
        }

        return token.Length;
    }
}
