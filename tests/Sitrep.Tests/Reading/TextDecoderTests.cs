using System.Text;
using Sitrep.Documents;
using Sitrep.Reading;

namespace Sitrep.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sentence = "ISIS still holds 18 villages on the eastern side of the Euphrates – according to the Observatory’s count.";

    [Fact]
    public void Decode_Utf8WithoutBom_ReadsText()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence));
        Assert.True(result.Succeeded);
        Assert.Equal(Sentence, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sentence)).ToArray();
        var result = TextDecoder.Decode(bytes);
        Assert.Equal(Sentence, result.Text);
        Assert.Equal("utf-8-bom", result.EncodingName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithBom_ReadsText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sentence)).ToArray();
        Assert.Equal(Sentence, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithoutBom_IsRecognisedByItsZeroBytes()
    {
        var result = TextDecoder.Decode(Encoding.Unicode.GetBytes(Sentence));
        Assert.Equal(Sentence, result.Text);
        Assert.Equal("utf-16le", result.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252Bytes_FallBackWithANote()
    {
        // FA-KES is Windows-1252: curly quotes are single bytes 0x93/0x94, the en dash 0x96.
        var bytes = new byte[] { 0x93, (byte)'W', (byte)'e', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9 };
        var result = TextDecoder.Decode(bytes);
        Assert.True(result.Succeeded);
        Assert.Equal("“We” – café", result.Text);
        Assert.Equal("windows-1252", result.EncodingName);
        Assert.Equal(DiagnosticCodes.EncodingFallback, result.Note?.Code);
    }

    [Fact]
    public void Decode_InvalidUtf8InAFileThatIsOtherwiseUtf8_IsRefusedWithTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Deir ez-Zor – ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var result = TextDecoder.Decode(bytes);
        Assert.False(result.Succeeded);
        Assert.Contains("invalid UTF-8 at byte 16", result.Error);
    }

    [Fact]
    public void Decode_InvalidUtf8AfterBom_IsRefused()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b' };
        Assert.Contains("after a UTF-8 byte-order mark", TextDecoder.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_EmptyFile_IsRefused() => Assert.Equal("empty file", TextDecoder.Decode([]).Error);

    [Fact]
    public void Decode_OnlyWhiteSpace_IsRefused() => Assert.Contains("only white space", TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\n ")).Error);

    [Fact]
    public void Decode_BinaryWithNulBytes_IsRefused()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00 };
        Assert.Contains("binary", TextDecoder.Decode(png).Error);
    }

    [Fact]
    public void Decode_RandomBytes_AreRefusedOrDecodedButNeverThrow()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 600)];
            random.NextBytes(bytes);
            var result = TextDecoder.Decode(bytes);
            Assert.True(result.Succeeded ^ (result.Error is not null));
        }
    }

    [Fact]
    public void Decode_Utf32_IsRefusedWithAdvice() =>
        Assert.Contains("UTF-32", TextDecoder.Decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]).Error);

    [Fact]
    public void Windows1252_MapsEveryByteToOneChar()
    {
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var text = Windows1252.GetString(all);
        Assert.Equal(256, text.Length);
        Assert.Equal('€', text[0x80]);
        Assert.Equal('é', text[0xE9]);
    }
}
