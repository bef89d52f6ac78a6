/// A stem ending and whether the base form adds a silent *e* after it.
struct SilentEEnding {
    var ending: String
    var addsE: Bool

    init(_ ending: String, _ addsE: Bool) {
        self.ending = ending
        self.addsE = addsE
    }
}

extension Lexicon {
    /// Endings of a regular past stem (the word without *-ed*) and whether the base form adds a
    /// silent *e*: "announc|ed" → "announce", "execut|ed" → "execute", "visit|ed" → "visit".
    /// The longest matching ending decides; one-syllable stems that end in one vowel and one
    /// consonant always add it ("vot|ed" → "vote"); ``pastExceptions`` overrides both.
    static let silentEEndings: [SilentEEnding] = [
        SilentEEnding("c", true), SilentEEnding("g", true), SilentEEnding("ong", false), SilentEEnding("v", true),
        SilentEEnding("u", true), SilentEEnding("z", true), SilentEEnding("zz", false),
        SilentEEnding("ys", true), SilentEEnding("as", true), SilentEEnding("is", true), SilentEEnding("os", true),
        SilentEEnding("us", true), SilentEEnding("es", true), SilentEEnding("ss", false),
        SilentEEnding("rs", true), SilentEEnding("ns", true), SilentEEnding("ps", true), SilentEEnding("at", true),
        SilentEEnding("eat", false), SilentEEnding("oat", false), SilentEEnding("ut", true),
        SilentEEnding("out", false), SilentEEnding("ot", true), SilentEEnding("oot", false), SilentEEnding("it", false),
        SilentEEnding("et", false), SilentEEnding("ir", true), SilentEEnding("air", false),
        SilentEEnding("ur", true), SilentEEnding("our", false), SilentEEnding("or", false), SilentEEnding("ar", true),
        SilentEEnding("ear", false), SilentEEnding("er", false), SilentEEnding("bl", true),
        SilentEEnding("tl", true), SilentEEnding("dl", true), SilentEEnding("pl", true), SilentEEnding("kl", true),
        SilentEEnding("gl", true), SilentEEnding("fl", true), SilentEEnding("zl", true),
        SilentEEnding("cl", true), SilentEEnding("il", true), SilentEEnding("ail", false), SilentEEnding("eil", false),
        SilentEEnding("oil", false), SilentEEnding("id", true), SilentEEnding("oid", false),
        SilentEEnding("aid", false), SilentEEnding("eid", false), SilentEEnding("ud", true), SilentEEnding("od", true),
        SilentEEnding("ood", false), SilentEEnding("ad", true), SilentEEnding("ead", false),
        SilentEEnding("oad", false), SilentEEnding("aim", false), SilentEEnding("in", true),
        SilentEEnding("ain", false), SilentEEnding("oin", false), SilentEEnding("ein", false),
        SilentEEnding("uin", false), SilentEEnding("im", true),
        SilentEEnding("am", true), SilentEEnding("eam", false), SilentEEnding("oam", false), SilentEEnding("um", true),
        SilentEEnding("ip", true), SilentEEnding("ap", true), SilentEEnding("ak", true),
        SilentEEnding("eak", false), SilentEEnding("ok", true), SilentEEnding("ook", false), SilentEEnding("ik", true),
        SilentEEnding("uk", true), SilentEEnding("ib", true), SilentEEnding("ob", true),
        SilentEEnding("ub", true), SilentEEnding("ath", true), SilentEEnding("oth", true),
    ]

    /// Regular pasts whose base form the rules above get wrong, with the right base.
    static let pastExceptions: [String: String] = [
        "created": "create", "focused": "focus", "biased": "bias", "welcomed": "welcome", "united": "unite",
        "invited": "invite", "ignited": "ignite", "excited": "excite", "recited": "recite", "incited": "incite",
        "expedited": "expedite", "completed": "complete", "deleted": "delete", "competed": "compete",
        "depleted": "deplete", "restored": "restore", "ignored": "ignore", "explored": "explore",
        "deplored": "deplore", "implored": "implore", "adored": "adore", "interfered": "interfere",
        "adhered": "adhere", "postponed": "postpone", "condoned": "condone", "dethroned": "dethrone",
        "enthroned": "enthrone", "convened": "convene", "intervened": "intervene", "contravened": "contravene",
        "pivoted": "pivot", "rioted": "riot", "piloted": "pilot", "debuted": "debut", "boycotted": "boycott",
        "installed": "install", "recalled": "recall", "fulfilled": "fulfill", "instilled": "instill",
        "appalled": "appall", "forestalled": "forestall", "scheduled": "schedule", "embedded": "embed",
        "combated": "combat", "gossiped": "gossip", "enrolled": "enroll", "distilled": "distill",
    ]

    /// Words ending in *-eed* that are base forms, not pasts ("need", "proceed").
    static let baseFormsInEed: Set<String> = [
        "need", "feed", "seed", "speed", "breed", "bleed", "weed", "heed", "proceed", "exceed", "succeed", "deed",
        "greed", "reed", "steed", "indeed",
    ]
}
