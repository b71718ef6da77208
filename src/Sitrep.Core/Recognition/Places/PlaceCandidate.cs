using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A place mention before resolution: the mention as recognised (span, reported name, level,
/// qualifier, rule), the gazetteer entries its name may refer to, whether the level was fixed by a
/// noun ("X province"), and whether the text put something at it ("in X", "the town of X").
/// </summary>
internal sealed record PlaceCandidate(ToponymMention Mention, ImmutableArray<int> EntryIds, bool LevelFixed, bool Supported);
