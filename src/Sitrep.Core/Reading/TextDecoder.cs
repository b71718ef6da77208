using System.Text;
using Sitrep.Documents;

namespace Sitrep.Reading;

/// <summary>The outcome of decoding a file's bytes: text and the encoding assumed, or the reason it is not text.</summary>
public sealed record DecodeResult(string? Text, string EncodingName, string? Error, Diagnostic? Note)
{
    public bool Succeeded => Error is null;

    public static DecodeResult Fail(string reason) => new(null, "none", reason, null);
}

/// <summary>
/// Decodes article bytes. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 is refused);
/// without one, UTF-16 is recognised by its zero bytes, strict UTF-8 is tried, and a file that is
/// not UTF-8 but has no multi-byte UTF-8 sequences is read as Windows-1252, with a note saying so.
/// Binary content (NUL bytes, many control bytes) is refused with the reason.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return DecodeResult.Fail("empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeResult.Fail("UTF-32 text is not supported; convert it to UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, "utf-16le-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, "utf-16be-bom");
        }

        var sniff = bytes[..Math.Min(bytes.Length, 4096)];
        var utf16 = SniffUtf16(sniff);
        if (utf16 is not null)
        {
            return DecodeUtf16(bytes, utf16.Value, utf16.Value ? "utf-16be" : "utf-16le");
        }

        var binary = BinaryReason(sniff);
        if (binary is not null)
        {
            return DecodeResult.Fail(binary);
        }

        var invalidAt = FirstInvalidUtf8(bytes, out var sawMultiByte);
        if (invalidAt < 0)
        {
            return Finish(StrictUtf8.GetString(bytes), "utf-8", null);
        }

        if (sawMultiByte)
        {
            return DecodeResult.Fail($"invalid UTF-8 at byte {invalidAt:N0} in a file that is otherwise UTF-8 (mixed encodings)");
        }

        var note = new Diagnostic(
            DiagnosticCodes.EncodingFallback,
            Severity.Warning,
            $"not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at {invalidAt:N0}); read as Windows-1252");
        return Finish(Windows1252.GetString(bytes), "windows-1252", note);
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        var invalidAt = FirstInvalidUtf8(bytes, out _);
        return invalidAt >= 0
            ? DecodeResult.Fail($"invalid UTF-8 at byte {invalidAt + 3:N0} after a UTF-8 byte-order mark")
            : Finish(StrictUtf8.GetString(bytes), name, null);
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        if (bytes.Length % 2 != 0)
        {
            return DecodeResult.Fail($"{name} text with an odd number of bytes (truncated file?)");
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return Finish(encoding.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException e)
        {
            return DecodeResult.Fail($"invalid {name} text ({e.Message.Split('.')[0]})");
        }
    }

    private static DecodeResult Finish(string text, string name, Diagnostic? note)
    {
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            return DecodeResult.Fail("no text (the file holds only white space)");
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return DecodeResult.Fail("binary content (NUL characters in decoded text)");
            }

            if (c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                controls++;
            }
        }

        if (controls > 16 && controls * 20 > text.Length)
        {
            return DecodeResult.Fail($"binary content ({controls:N0} control characters)");
        }

        return new DecodeResult(text, name, null, note);
    }

    /// <summary>Text in UTF-16 without a BOM has a zero byte in every other position for Latin script.</summary>
    private static bool? SniffUtf16(ReadOnlySpan<byte> sniff)
    {
        if (sniff.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0, pairs = sniff.Length / 2;
        for (var i = 0; i + 1 < sniff.Length; i += 2)
        {
            evenZeros += sniff[i] == 0 ? 1 : 0;
            oddZeros += sniff[i + 1] == 0 ? 1 : 0;
        }

        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        {
            return false; // little-endian: "a\0b\0"
        }

        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        {
            return true;
        }

        return null;
    }

    private static string? BinaryReason(ReadOnlySpan<byte> sniff)
    {
        var nul = sniff.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"binary file (NUL byte at {nul:N0})";
        }

        var controls = 0;
        foreach (var b in sniff)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not (byte)'\f')
            {
                controls++;
            }
        }

        return controls > 8 && controls * 20 > sniff.Length ? $"binary file ({controls} control bytes in the first {sniff.Length:N0})" : null;
    }

    /// <summary>Index of the first byte that breaks UTF-8, or -1; also whether any valid multi-byte sequence was seen.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out bool sawMultiByte)
    {
        sawMultiByte = false;
        var i = 0;
        while (i < bytes.Length)
        {
            var rest = bytes[i..];
            var asciiRun = System.Text.Ascii.IsValid(rest) ? rest.Length : IndexOfNonAscii(rest);
            i += asciiRun;
            if (i >= bytes.Length)
            {
                break;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            sawMultiByte = true;
            i += consumed;
        }

        return -1;
    }

    private static int IndexOfNonAscii(ReadOnlySpan<byte> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] >= 0x80)
            {
                return i;
            }
        }

        return s.Length;
    }
}
