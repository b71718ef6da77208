using System.Collections.Frozen;
using System.Reflection;

namespace Sitrep.Recognition.Places;

/// <summary>The word lists the places recogniser reads its evidence from (English news usage).</summary>
internal static class PlaceWords
{
    /// <summary>Words before a name that put something at a place: "in Mosul", "near Raqqa", "outside Aleppo".</summary>
    public static readonly FrozenSet<string> Locatives = Lower(
        "in", "near", "at", "from", "to", "into", "around", "outside", "across", "towards", "toward", "inside", "between", "nearby", "via",
        "through", "throughout", "within", "of", "on", "off", "over", "across", "along", "beyond", "west", "east", "north", "south", "northeast",
        "northwest", "southeast", "southwest", "visit", "visited", "visiting", "entered", "reached", "left", "fled", "captured", "recaptured",
        "seized", "retook", "besieged", "shelled", "bombed", "struck", "based", "born", "arrived", "returned", "travelled", "traveled", "leaving");

    /// <summary>Words after a name that keep it a place when capitalised: "Nineveh Province", "Texas Governor", "Mosul Police".</summary>
    public static readonly FrozenSet<string> KeepAfter = Lower(
        "province", "governorate", "county", "city", "state", "river", "valley", "desert", "district", "region", "mountains", "mountain",
        "lake", "island", "islands", "airport", "dam", "crossing", "border", "countryside", "basin", "area", "metro", "township", "parish",
        "borough", "village", "town", "capital", "gov", "governor", "mayor", "president", "prime", "minister", "police", "sheriff", "senator",
        "sen", "rep", "attorney", "officials", "authorities", "residents", "coast", "bay", "gulf", "peninsula", "strait", "sea", "ocean",
        "highway", "interstate", "military", "army", "forces", "airbase", "base", "camp", "front", "offensive", "operation", "campaign",
        "ambassador", "embassy", "consulate", "parliament", "government", "department", "council", "commission");

    /// <summary>Title words of newspapers and broadcasters: "Washington Post", "New York Times", "Jordan Times".</summary>
    public static readonly FrozenSet<string> Mastheads = Lower(
        "times", "post", "journal", "herald", "tribune", "gazette", "daily", "observer", "chronicle", "star", "sun", "telegraph", "guardian",
        "independent", "examiner", "inquirer", "globe", "mail", "express", "news", "record", "register", "standard", "courier", "sentinel",
        "dispatch", "bulletin", "review", "magazine", "radio", "television", "tv", "broadcasting", "press", "wire", "agency", "rangers",
        "yankees", "giants", "jets", "knicks", "lakers", "kings", "united", "city", "rovers", "wanderers", "athletic", "fc", "redskins",
        "cowboys", "bulls", "celtics", "mets", "nationals", "senators", "capitals");

    /// <summary>Words that head an institution's name after a place: "Texas Southern University", "Gainesville Public Utilities".</summary>
    public static readonly FrozenSet<string> Institutions = Lower(
        "university", "college", "school", "schools", "academy", "institute", "council", "department", "police", "fire", "service",
        "services", "society", "bureau", "board", "commission", "committee", "agency", "authority", "association", "club", "center",
        "centre", "hospital", "museum", "library", "church", "cathedral", "court", "public", "utilities", "company", "corporation", "bank",
        "chamber", "symphony", "orchestra", "theatre", "theater", "zoo", "stadium", "district", "clerk", "manager", "historical",
        "convention", "visitors", "environmental", "alcoholic", "coalition", "foundation", "federation", "union", "league", "party",
        "assembly", "legislature", "senate", "house", "office", "ministry", "railway", "railroad", "transit", "port", "harbor", "harbour");

    /// <summary>Capitalised words before a name that do not make it part of a longer one: "North Dakota" aside, "Northern Iraq", "Greater Damascus".</summary>
    public static readonly FrozenSet<string> KeepBefore = Lower(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "downtown",
        "rural", "metro", "metropolitan", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "old", "outer", "inner", "mid", "the", "in", "at", "from", "to", "near", "outside", "across", "into", "of", "and",
        "or", "but", "for", "by", "with", "on", "as", "like", "since", "until", "after", "before", "while", "when", "where", "if", "both",
        "all", "even", "including", "between", "against", "about", "around", "inside", "within", "via", "throughout", "toward", "towards",
        "than", "then", "so", "yet", "also", "only", "just", "not", "despite", "during", "across", "over", "under", "along", "beyond",
        "occupied", "liberated", "besieged", "neighbouring", "neighboring", "nearby", "war-torn", "northwestern", "welcome", "visit",
        "visiting", "leaving", "leave", "unlike", "unless", "whether", "why", "how", "what", "which", "who", "because", "although",
        "though", "here", "there", "now", "today", "yesterday", "tonight");

    /// <summary>Capitalised words before a name that make it a person's: "President Obama", "Gen. Jordan".</summary>
    public static readonly FrozenSet<string> Titles = Lower(
        "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "gen", "general", "col", "colonel", "capt", "captain", "lt",
        "sgt", "sergeant", "maj", "major", "adm", "admiral", "gov", "governor", "sen", "senator", "rep", "representative", "mayor", "judge",
        "justice", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "sheikh", "imam", "pope", "father",
        "rev", "reverend", "saint", "coach", "officer", "deputy", "chief", "prof", "professor", "spokesman", "spokeswoman", "commander",
        "ayatollah", "emir", "sultan", "brother", "sister", "uncle", "aunt", "son", "daughter", "wife", "husband", "mother", "st");

    /// <summary>Speech verbs after a one-word name that make it a person: "Clinton said".</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Lower(
        "said", "says", "told", "added", "wrote", "argued", "stated", "explained", "noted", "insisted", "replied", "asked", "warned",
        "announced", "tweeted", "declared", "admitted", "claimed", "who", "whose", "himself", "herself");

    /// <summary>Nouns after a place name that make it a disease's: "Ebola virus", "Marburg fever", "West Nile virus".</summary>
    public static readonly FrozenSet<string> DiseaseNouns = Lower(
        "virus", "viruses", "fever", "disease", "flu", "influenza", "syndrome", "strain", "vaccine", "outbreak", "epidemic", "haemorrhagic",
        "hemorrhagic");

    /// <summary>Nouns after a demonym that put something in the country: "the Syrian town of", "the Turkish border", "Iraqi soil".</summary>
    public static readonly FrozenSet<string> LocatedNouns = Lower(
        "town", "towns", "city", "cities", "village", "villages", "border", "borders", "frontier", "capital", "province", "provinces",
        "territory", "territories", "soil", "side", "coast", "coastline", "countryside", "desert", "airspace", "waters", "port", "ports",
        "region", "regions", "island", "islands", "mainland", "interior", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "heartland", "hinterland", "highlands", "mountains", "shore", "shores");

    /// <summary>Words never a place on their own, capitalised or not.</summary>
    public static readonly FrozenSet<string> NeverAlone = Lower(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "god", "allah", "christmas", "easter", "ramadan", "eid",
        "islamic", "state", "kurdish", "arab", "shiite", "sunni", "muslim", "christian", "jewish", "president", "police", "army", "government",
        "university", "college", "school", "church", "hospital", "center", "centre", "council", "party", "republican", "democrat",
        "democratic", "senate", "congress", "court", "minister", "ministry", "department", "union", "league", "coalition", "news", "post",
        "times", "daily", "press", "media", "radio", "television", "tv", "internet", "online", "mass", "unity", "liberty", "victory",
        "independence", "freedom", "justice", "peace", "hope", "faith", "grace", "mercy", "providence", "commerce", "industry", "health",
        "energy", "security", "defense", "defence", "interior", "foreign", "national", "international", "federal", "royal", "general",
        "premier", "ebola", "zika", "lassa", "nipah", "hendra", "mercury", "jupiter", "mars", "venus", "saturn", "apollo", "phoenix", "i", "a", "an", "the", "he", "she", "it", "we",
        "they", "you", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "read", "according", "mr", "mrs",
        "ms", "dr", "st", "ave", "rd", "street", "avenue", "road", "north", "south", "east", "west", "central", "middle", "western", "eastern",
        "northern", "southern", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "upper", "lower", "federation", "republic", "kingdom", "empire", "nation", "nations", "world", "earth", "global", "is",
        "isis", "isil", "daesh", "nato", "un", "eu", "ok", "tv", "am", "pm", "ad", "bc", "ceo", "inc", "co", "corp", "ltd", "llc",
        "twitter", "facebook", "google", "apple", "amazon", "reuters", "ap", "afp", "bbc", "cnn", "obama", "trump");

    /// <summary>English words (SCOWL) that are also one-word gazetteer names: "most", "police", "nice", "reading".</summary>
    public static readonly FrozenSet<string> Common = Load("Sitrep.Recognition.Places.common-words.txt");

    /// <summary>English given names (Moby Word II): "Michael", "Taylor", "Austin" — a town's name that may be a person's.</summary>
    public static readonly FrozenSet<string> GivenNames = Load("Sitrep.Recognition.People.given-names.txt");

    /// <summary>Lower-case joiners inside a place name: "Kafr el-Sheikh", "Stratford-upon-Avon", "Rio de Janeiro".</summary>
    public static readonly FrozenSet<string> Joiners = Lower(
        "al", "el", "ez", "az", "as", "ad", "ar", "at", "an", "ash", "ed", "es", "er", "et", "en", "bin", "ibn", "bint", "abu", "de", "del",
        "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "of", "the", "upon", "on", "under", "in", "am",
        "im", "an", "der", "den", "sur", "sous", "y", "e", "and", "van", "von", "zu", "bei", "ul", "um", "wa");

    private static FrozenSet<string> Lower(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
