using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// A JSON value as Python's <c>json</c> module hands it to the reference scorer
/// (<c>shared/tools/score_claims.py</c>): integers and floats kept apart, objects whose
/// later duplicate keys win, and Python's truthiness, equality, ordering and <c>str()</c>.
/// The records scorers read are loose, so the scorer works on these and not on a typed model.
/// </summary>
internal abstract class PyValue
{
    public static readonly PyValue None = new PyNone();

    /// <summary>Python's <c>bool(v)</c>.</summary>
    public abstract bool IsTruthy { get; }

    /// <summary>The Python type name, for messages.</summary>
    public abstract string TypeName { get; }

    public bool IsNone => this is PyNone;

    /// <summary><c>v or fallback</c>.</summary>
    public PyValue Or(PyValue fallback) => IsTruthy ? this : fallback;

    /// <summary>
    /// <c>(v or "")</c> used as a string: falsy values give "", strings themselves; anything
    /// else is where Python fails with a TypeError or AttributeError.
    /// </summary>
    public string StringOrEmpty(string what) => this switch
    {
        PyStr s => s.Value,
        _ when !IsTruthy => string.Empty,
        _ => throw new ClaimFormatException($"{what} is {Describe()}, not a string"),
    };

    /// <summary><c>d.get(key)</c>, which only a dict has.</summary>
    public PyValue Get(string key, string what) => this is PyDict d
        ? d.Get(key)
        : throw new ClaimFormatException($"{what} is {Describe()}, not an object");

    /// <summary>A short account of the value for messages: its type and a clipped rendering.</summary>
    public string Describe()
    {
        var text = ToPythonString();
        return $"{TypeName} {(text.Length > 40 ? text[..40] + "…" : text)}";
    }

    /// <summary>Python's <c>str(v)</c>.</summary>
    public virtual string ToPythonString() => Repr();

    /// <summary>Python's <c>repr(v)</c>.</summary>
    public abstract string Repr();

    /// <summary>Python's <c>==</c>.</summary>
    public static bool PyEquals(PyValue a, PyValue b)
    {
        if (a.TryGetReal(out var ra) && b.TryGetReal(out var rb))
        {
            return ra.CompareTo(rb) is 0 && !ra.IsNaN && !rb.IsNaN;
        }

        return (a, b) switch
        {
            (PyNone, PyNone) => true,
            (PyStr x, PyStr y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
            (PyList x, PyList y) => x.Items.Length == y.Items.Length && x.Items.Zip(y.Items).All(p => PyEquals(p.First, p.Second)),
            (PyDict x, PyDict y) => x.Count == y.Count && x.Entries.All(e => y.TryGet(e.Key, out var v) && PyEquals(e.Value, v)),
            _ => false,
        };
    }

    /// <summary>
    /// Python's ordering as <c>sorted()</c> uses it: numbers (with booleans) among themselves,
    /// strings by code point, lists lexicographically; any other pair has no order (TypeError).
    /// </summary>
    public static int PyCompare(PyValue a, PyValue b)
    {
        if (a.TryGetReal(out var ra) && b.TryGetReal(out var rb))
        {
            return ra.CompareTo(rb);
        }

        switch (a, b)
        {
            case (PyStr x, PyStr y):
                return CompareCodePoints(x.Value, y.Value);
            case (PyList x, PyList y):
                for (var i = 0; i < Math.Min(x.Items.Length, y.Items.Length); i++)
                {
                    if (!PyEquals(x.Items[i], y.Items[i]))
                    {
                        return PyCompare(x.Items[i], y.Items[i]);
                    }
                }

                return x.Items.Length.CompareTo(y.Items.Length);
            default:
                throw new ClaimFormatException($"{a.Describe()} and {b.Describe()} cannot be ordered");
        }
    }

    /// <summary>Python's <c>sorted(v)</c>: the items of a list, the characters of a string, the keys of a dict.</summary>
    public static IReadOnlyList<PyValue> Sorted(PyValue v, string what)
    {
        List<PyValue> items = v switch
        {
            PyList l => [.. l.Items],
            PyStr s => [.. s.Value.EnumerateRunes().Select(r => (PyValue)new PyStr(r.ToString()))],
            PyDict d => [.. d.Entries.Select(e => (PyValue)new PyStr(e.Key))],
            _ => throw new ClaimFormatException($"{what} is {v.Describe()}, not a list"),
        };

        // A stable merge sort of our own: List.Sort would wrap the TypeError of unorderable items.
        return MergeSort(items);
    }

    /// <summary>
    /// Python's <c>float(v)</c> where the reference catches TypeError and ValueError (its
    /// <c>num()</c> and coordinate parsing): null when Python would raise either.
    /// </summary>
    public double? ToFloat()
    {
        switch (this)
        {
            case PyFloat f:
                return f.Value;
            case PyBool b:
                return b.Value ? 1.0 : 0.0;
            case PyInt i:
                var d = (double)i.Value;
                return double.IsInfinity(d)
                    ? throw new ClaimFormatException($"{Describe()} is too large to convert to a float")
                    : d;
            case PyStr s:
                return PyText.ParseFloat(s.Value);
            default:
                return null;
        }
    }

    /// <summary>Builds the value Python's <c>json.loads</c> would give for this element.</summary>
    public static PyValue FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => None,
        JsonValueKind.True => PyBool.True,
        JsonValueKind.False => PyBool.False,
        JsonValueKind.String => new PyStr(e.GetString()!),
        JsonValueKind.Number => FromJsonNumber(e.GetRawText()),
        JsonValueKind.Array => new PyList([.. e.EnumerateArray().Select(FromJson)]),
        JsonValueKind.Object => PyDict.FromEntries(e.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.ValueKind, "not a JSON value"),
    };

    /// <summary>Parses one JSON text, for tests and callers holding a single value.</summary>
    public static PyValue Parse(string json)
    {
        using var document = JsonDocument.Parse(json, ClaimDocuments.JsonOptions);
        return FromJson(document.RootElement);
    }

    private static PyValue FromJsonNumber(string raw) =>
        raw.AsSpan().IndexOfAny(".eE") >= 0
            ? new PyFloat(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture))
            : new PyInt(BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    private bool TryGetReal(out Real real)
    {
        switch (this)
        {
            case PyBool b:
                real = new Real(b.Value ? BigInteger.One : BigInteger.Zero, null);
                return true;
            case PyInt i:
                real = new Real(i.Value, null);
                return true;
            case PyFloat f:
                real = new Real(default, f.Value);
                return true;
            default:
                real = default;
                return false;
        }
    }

    private static int CompareCodePoints(string a, string b)
    {
        // Ordinal UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF.
        var ra = a.EnumerateRunes().GetEnumerator();
        var rb = b.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasA = ra.MoveNext();
            var hasB = rb.MoveNext();
            if (!hasA || !hasB)
            {
                return hasA.CompareTo(hasB);
            }

            var c = ra.Current.Value.CompareTo(rb.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }

    private static List<PyValue> MergeSort(List<PyValue> items)
    {
        if (items.Count <= 1)
        {
            return items;
        }

        var left = MergeSort(items[..(items.Count / 2)]);
        var right = MergeSort(items[(items.Count / 2)..]);
        var merged = new List<PyValue>(items.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            merged.Add(PyCompare(right[j], left[i]) < 0 ? right[j++] : left[i++]);
        }

        merged.AddRange(left.Skip(i));
        merged.AddRange(right.Skip(j));
        return merged;
    }

    /// <summary>A Python int or float, compared exactly as Python compares mixed numbers.</summary>
    private readonly record struct Real(BigInteger Integer, double? Float)
    {
        public bool IsNaN => Float is double f && double.IsNaN(f);

        public int CompareTo(Real other)
        {
            return (Float, other.Float) switch
            {
                (null, null) => Integer.CompareTo(other.Integer),
                (double a, double b) => a.CompareTo(b),
                (null, double b) => -CompareIntToFloat(b, Integer),
                (double a, null) => CompareIntToFloat(a, other.Integer),
            };
        }

        private static int CompareIntToFloat(double f, BigInteger i)
        {
            if (double.IsNaN(f))
            {
                return 0; // callers check IsNaN: no comparison with NaN holds
            }

            if (double.IsInfinity(f))
            {
                return f > 0 ? 1 : -1;
            }

            // Exact: an integral double converts to BigInteger without loss.
            var whole = new BigInteger(Math.Floor(f));
            var c = whole.CompareTo(i);
            return c != 0 ? c : (f > Math.Floor(f) ? 1 : 0);
        }
    }
}

internal sealed class PyNone : PyValue
{
    public override bool IsTruthy => false;

    public override string TypeName => "null";

    public override string Repr() => "None";
}

internal sealed class PyBool : PyValue
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool value) => Value = value;

    public bool Value { get; }

    public override bool IsTruthy => Value;

    public override string TypeName => "boolean";

    public override string Repr() => Value ? "True" : "False";
}

internal sealed class PyInt(BigInteger value) : PyValue
{
    public BigInteger Value { get; } = value;

    public override bool IsTruthy => !Value.IsZero;

    public override string TypeName => "number";

    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class PyFloat(double value) : PyValue
{
    public double Value { get; } = value;

    public override bool IsTruthy => Value != 0.0;

    public override string TypeName => "number";

    public override string Repr() => PyFormat.Repr(Value);
}

internal sealed class PyStr(string value) : PyValue
{
    public string Value { get; } = value;

    public override bool IsTruthy => Value.Length > 0;

    public override string TypeName => "string";

    public override string ToPythonString() => Value;

    public override string Repr()
    {
        var quote = Value.Contains('\'') && !Value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var c in Value)
        {
            _ = c switch
            {
                '\\' => sb.Append(@"\\"),
                '\n' => sb.Append(@"\n"),
                '\r' => sb.Append(@"\r"),
                '\t' => sb.Append(@"\t"),
                _ when c == quote => sb.Append('\\').Append(c),
                _ when c < ' ' || c == '\x7f' => sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append(quote).ToString();
    }
}

internal sealed class PyList(ImmutableArray<PyValue> items) : PyValue
{
    public ImmutableArray<PyValue> Items { get; } = items;

    public override bool IsTruthy => Items.Length > 0;

    public override string TypeName => "list";

    public override string Repr() => "[" + string.Join(", ", Items.Select(i => i.Repr())) + "]";
}

/// <summary>A JSON object as a Python dict: keys in order of first appearance, the last duplicate's value.</summary>
internal sealed class PyDict : PyValue
{
    public static readonly PyDict Empty = new(new OrderedDictionary<string, PyValue>(StringComparer.Ordinal));

    private readonly OrderedDictionary<string, PyValue> entries;

    private PyDict(OrderedDictionary<string, PyValue> entries) => this.entries = entries;

    public int Count => entries.Count;

    public IEnumerable<KeyValuePair<string, PyValue>> Entries => entries;

    public override bool IsTruthy => entries.Count > 0;

    public override string TypeName => "object";

    public static PyDict FromEntries(IEnumerable<KeyValuePair<string, PyValue>> pairs)
    {
        var map = new OrderedDictionary<string, PyValue>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return new PyDict(map);
    }

    public bool TryGet(string key, out PyValue value) => entries.TryGetValue(key, out value!);

    /// <summary><c>d.get(key)</c>: None when absent.</summary>
    public PyValue Get(string key) => entries.TryGetValue(key, out var v) ? v : None;

    public override string Repr() =>
        "{" + string.Join(", ", entries.Select(e => new PyStr(e.Key).Repr() + ": " + e.Value.Repr())) + "}";
}
