/// One way of writing a name, as words, and the form merging compares.
struct NameAlias {
    var words: [String]
    var canonical: String

    init(_ words: [String], _ canonical: String) {
        self.words = words
        self.canonical = canonical
    }
}

extension Lexicon {
    /// Names written in several ways, each with the one form merging compares. Longer forms come
    /// first; acronyms a document defines ("Commission of Inquiry (COI)") are learned as well.
    static let nameAliases: [NameAlias] = [
        NameAlias(["united", "nations"], "un"), NameAlias(["u.n."], "un"), NameAlias(["u.n"], "un"),
        NameAlias(["un"], "un"),
        NameAlias(["united", "states"], "us"), NameAlias(["u.s."], "us"), NameAlias(["u.s"], "us"),
        NameAlias(["usa"], "us"),
        NameAlias(["democratic", "people's", "republic", "of", "korea"], "north-korea"),
        NameAlias(["dprk"], "north-korea"),
        NameAlias(["north", "korea"], "north-korea"), NameAlias(["north", "korean"], "north-korea"),
        NameAlias(["north", "koreans"], "north-korea"), NameAlias(["pyongyang"], "north-korea"),
        NameAlias(["republic", "of", "korea"], "south-korea"), NameAlias(["rok"], "south-korea"),
        NameAlias(["south", "korea"], "south-korea"),
        NameAlias(["south", "korean"], "south-korea"), NameAlias(["seoul"], "south-korea"),
        NameAlias(["people's", "republic", "of", "china"], "china"), NameAlias(["prc"], "china"),
        NameAlias(["chinese"], "china"),
        NameAlias(["beijing"], "china"), NameAlias(["russian", "federation"], "russia"),
        NameAlias(["russian"], "russia"),
        NameAlias(["moscow"], "russia"), NameAlias(["european", "union"], "eu"),
        NameAlias(["security", "council"], "security-council"),
        NameAlias(["unsc"], "security-council"), NameAlias(["general", "assembly"], "general-assembly"),
        NameAlias(["human", "rights", "council"], "human-rights-council"),
        NameAlias(["united", "kingdom"], "uk"), NameAlias(["u.k."], "uk"), NameAlias(["britain"], "uk"),
        NameAlias(["british"], "uk"), NameAlias(["american"], "us"), NameAlias(["washington"], "us"),
        NameAlias(["japanese"], "japan"), NameAlias(["tokyo"], "japan"), NameAlias(["iranian"], "iran"),
        NameAlias(["tehran"], "iran"), NameAlias(["ukrainian"], "ukraine"), NameAlias(["kyiv"], "ukraine"),
        NameAlias(["french"], "france"), NameAlias(["paris"], "france"), NameAlias(["german"], "germany"),
        NameAlias(["berlin"], "germany"), NameAlias(["indian"], "india"), NameAlias(["new", "delhi"], "india"),
    ]

    /// Words too common in any briefing to show that two sentences tell the same event.
    static let weakWords: Set<String> = [
        "government", "country", "countries", "state", "states", "people", "year", "years", "month", "time",
        "number", "report", "reports", "reported", "said", "says", "according", "also", "many", "new", "first",
        "since", "including", "other", "such", "well", "would", "could", "should", "made", "make", "one", "two",
        "three", "percent", "more", "than", "most", "some", "all", "not", "its", "their", "his", "her",
    ]
}
