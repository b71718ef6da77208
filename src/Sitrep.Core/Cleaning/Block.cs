using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Cleaning;

/// <summary>What a block (one paragraph or line) of an article is.</summary>
public enum BlockRole
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>A summary under the headline (dek, standfirst), or a lead repeated above the body.</summary>
    Standfirst,

    /// <summary>A photo caption or credit.</summary>
    Caption,

    /// <summary>A paragraph (or list item) of the article proper.</summary>
    Body,

    /// <summary>A subheading inside the body.</summary>
    Heading,

    /// <summary>A line of topic tags inside the body ("Syria Islamic State IS").</summary>
    TagLine,

    /// <summary>A disclaimer ("views expressed in this column are solely those of the author").</summary>
    Disclaimer,

    /// <summary>Page furniture: widgets, counters, comment boxes, "Read more:", unrelated headlines, slogans.</summary>
    Furniture,
}

/// <summary>A block of the text, its role and the named rule that decided it.</summary>
public sealed record Block(TextRange Range, BlockRole Role, string Rule)
{
    public bool IsBody => Role == BlockRole.Body;

    /// <summary>Whether the block is a bulleted or numbered list item.</summary>
    public bool IsListItem { get; init; }
}

/// <summary>The cleaning stage's result: every block with its role, the title and the body's extent.</summary>
public sealed record CleanedArticle(ImmutableArray<Block> Blocks, TextRange? Title, TextRange? Body)
{
    /// <summary>The paragraphs of the article proper, in order.</summary>
    public IEnumerable<Block> BodyParagraphs => Blocks.Where(b => b.IsBody);

    /// <summary>Blocks that are not part of the article proper, with the rule that set each aside.</summary>
    public IEnumerable<Block> SetAside => Blocks.Where(b => !b.IsBody);
}
