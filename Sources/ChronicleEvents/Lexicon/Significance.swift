/// A kind of actor and the words that name one, for importance.
struct ActorClass {
    var actor: String
    /// What naming such an actor as the one who acts adds to an event's importance.
    var weight: Double
    var words: [String]

    init(_ actor: String, _ weight: Double, _ words: [String]) {
        self.actor = actor
        self.weight = weight
        self.words = words
    }
}

extension Lexicon {
    /// What each action class (`Lexicon.actionClasses`) adds to an event's importance: what a
    /// briefing writer labels first. Killing, orders to kill, findings, laws, resolutions,
    /// deadlines, sanctions and forced returns weigh most; visits, meetings and reports of
    /// someone's words least. An event takes the weight of its strongest act.
    static let actionWeights: [String: Double] = [
        "execute": 0.30, "shoot": 0.30, "order": 0.25, "adopt": 0.25, "prohibit": 0.25, "require": 0.25,
        "sanction": 0.25, "return": 0.25, "veto": 0.25, "find": 0.20, "sentence": 0.20, "condemn": 0.20,
        "launch": 0.20, "detain": 0.20, "deploy": 0.20, "violate": 0.15, "close": 0.15, "open": 0.12,
        "free": 0.15, "flee": 0.12, "announce": 0.10, "arrive": 0.08, "mobilize": 0.10, "report": 0.08,
        "decline": 0.05, "rise": 0.05, "reactivate": 0.05, "rescue": 0.05, "work": 0.03, "visit": 0.0, "meet": 0.0,
    ]

    /// Nouns of dated documents and decisions, with the act they stand for: "the 2010 Act" is
    /// a law adopted, "the 2014 report" a finding published.
    static let documentActs: [String: String] = [
        "law": "adopt", "laws": "adopt", "act": "adopt", "decree": "order", "decrees": "order", "directive": "order",
        "order": "order", "orders": "order", "resolution": "adopt", "resolutions": "adopt", "treaty": "adopt",
        "convention": "adopt", "protocol": "adopt", "charter": "adopt", "constitution": "adopt", "bill": "adopt",
        "amendment": "adopt", "agreement": "adopt", "accord": "adopt", "ban": "prohibit", "sanctions": "sanction",
        "embargo": "sanction", "ruling": "sentence", "verdict": "sentence", "judgment": "sentence",
        "judgement": "sentence", "report": "report", "study": "report", "inquiry": "find", "investigation": "find",
        "findings": "find", "execution": "execute", "massacre": "execute", "invasion": "deploy", "war": "deploy",
        "coup": "deploy", "test": "launch", "launch": "launch", "visit": "visit", "meeting": "meet",
        "summit": "meet", "talks": "meet", "conference": "meet",
    ]

    /// Who acts, by weight: international bodies and courts first, then governments and their
    /// forces, then organizations and the press. Only the subject of a title is read: "China
    /// returns refugees to North Korea" is an act of a government because China acts.
    static let actorClasses: [ActorClass] = [
        ActorClass(
            "international", 0.15,
            [
                "un", "u.n", "united nations", "security council", "general assembly", "human rights council",
                "hrc", "commission of inquiry", "coi", "unicef", "fao", "food and agriculture organization",
                "ohchr", "high commissioner", "special rapporteur", "rapporteur", "unhcr", "world food programme",
                "wfp", "ilo", "international labour organization", "international criminal court", "icc",
                "international court of justice", "icj", "european union", "eu", "nato", "world bank",
                "panel of experts", "world health organization",
            ]),
        ActorClass(
            "state", 0.10,
            [
                "government", "governments", "ministry", "minister", "president", "prime minister", "court", "courts",
                "judge", "prosecutor", "parliament", "congress", "senate", "assembly", "cabinet", "police", "army",
                "military", "troops", "guards", "border guards", "authorities", "officials", "regime", "leader",
                "embassy", "state department", "department of state", "member states", "states", "state", "kim",
                "north korea", "dprk", "south korea", "china", "russia", "japan", "united states", "us", "u.s",
            ]),
        ActorClass(
            "organization", 0.05,
            [
                "human rights watch", "amnesty", "ngo", "ngos", "organization", "organizations", "group", "groups",
                "researchers", "investigation", "report", "study", "media", "reuters", "newspaper", "agency",
            ]),
    ]

    /// Words that tell harm or gravity: each makes an event matter more to a briefing.
    static let severityWords: [String] = [
        "crimes against humanity", "war crimes", "genocide", "atrocit", "tortur", "execut", "kill", "death", "died",
        "dead", "shoot", "shot", "massacre", "forcibly", "forced labor", "forced labour", "forced abortion",
        "rape", "sexual violence", "hard labor", "hard labour", "enslave", "slavery", "abduct", "disappearance",
        "famine", "starv",
        "imprison", "prison camp", "labor camp", "trafficking", "violation", "unconditionally", "arbitrary",
        "widespread", "systematic",
    ]
}
