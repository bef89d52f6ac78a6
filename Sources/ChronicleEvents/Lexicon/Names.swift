/// One way of writing a name, as words, and the form merging compares.
struct NameAlias {
    var words: [String]
    var canonical: String
    /// The short form a headline may use instead ("North Korea" for the official name).
    var short: String?

    init(_ words: [String], _ canonical: String, short: String? = nil) {
        self.words = words
        self.canonical = canonical
        self.short = short
    }
}

extension Lexicon {
    /// Names written in several ways, each with the one form merging compares. Possessives are
    /// left out of the words ("People’s" is "people"); acronyms a document defines ("Commission
    /// of Inquiry (COI)") are learned as well.
    static let nameAliases: [NameAlias] = [
        NameAlias(["united", "nations"], "un", short: "UN"), NameAlias(["u.n."], "un"), NameAlias(["u.n"], "un"),
        NameAlias(["un"], "un"),
        NameAlias(["united", "states"], "us", short: "US"), NameAlias(["u.s."], "us"), NameAlias(["u.s"], "us"),
        NameAlias(["usa"], "us"),
        NameAlias(["democratic", "people", "republic", "of", "korea"], "north-korea", short: "North Korea"),
        NameAlias(["dprk"], "north-korea"),
        NameAlias(["north", "korea"], "north-korea"), NameAlias(["north", "korean"], "north-korea"),
        NameAlias(["north", "koreans"], "north-korea"), NameAlias(["pyongyang"], "north-korea"),
        NameAlias(["republic", "of", "korea"], "south-korea", short: "South Korea"), NameAlias(["rok"], "south-korea"),
        NameAlias(["south", "korea"], "south-korea"),
        NameAlias(["south", "korean"], "south-korea"), NameAlias(["seoul"], "south-korea"),
        NameAlias(["people", "republic", "of", "china"], "china", short: "China"), NameAlias(["prc"], "china"),
        NameAlias(["chinese"], "china"),
        NameAlias(["beijing"], "china"), NameAlias(["russian", "federation"], "russia", short: "Russia"),
        NameAlias(["russian"], "russia"),
        NameAlias(["moscow"], "russia"), NameAlias(["european", "union"], "eu", short: "EU"),
        NameAlias(["security", "council"], "security-council"),
        NameAlias(["unsc"], "security-council"), NameAlias(["general", "assembly"], "general-assembly"),
        NameAlias(["human", "rights", "council"], "human-rights-council"),
        NameAlias(["united", "kingdom"], "uk", short: "UK"), NameAlias(["u.k."], "uk"), NameAlias(["britain"], "uk"),
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
