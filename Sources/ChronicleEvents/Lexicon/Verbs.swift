extension Lexicon {
    /// Verbs that report what someone said or found; what they report is the event's content
    /// ("UNICEF reported that …"). Base forms.
    static let reportingVerbs: Set<String> = [
        "report", "say", "state", "announce", "find", "determine", "show", "confirm", "claim", "estimate", "reveal",
        "note", "indicate", "suggest", "conclude", "allege", "warn", "declare", "document", "explain", "argue",
        "emphasize", "emphasise", "acknowledge", "admit", "assert", "believe", "disclose", "add", "tell",
        "demonstrate", "prove", "record", "write", "testify", "insist", "deny", "observe", "highlight", "recount",
    ]

    /// Verbs by which someone speaks about itself: "it" in what follows is the speaker.
    static let selfStatementVerbs: Set<String> = [
        "announce", "say", "claim", "state", "declare", "deny", "admit", "insist", "add", "tell", "argue",
        "acknowledge", "assert",
    ]

    /// Verbs whose subject is someone talking: a title may start with the speaker and verb.
    static let speechVerbs: Set<String> = ["say", "tell", "explain", "add", "argue", "insist", "recount"]

    /// Verbs that put an obligation on their object: "required States to repatriate …".
    static let obligationVerbs: Set<String> = [
        "require", "order", "oblige", "obligate", "direct", "instruct", "demand", "tell", "force", "compel", "urge",
        "call", "ask", "mandate", "command",
    ]

    /// Words that make a "by DATE" phrase a deadline: "must return by …", "have to leave by …".
    static let obligationCues: Set<String> = [
        "must", "required", "require", "requires", "requiring", "ordered", "order", "orders", "obliged",
        "obligated", "deadline", "due", "directed", "instructed", "demanded", "mandated", "compelled", "urged",
    ]

    /// Verbs of being and having: a clause built on one states a fact, not an event, unless it
    /// counts something ("there were 2,706 defections").
    static let stativeVerbs: Set<String> = [
        "be", "have", "remain", "exist", "lack", "include", "involve", "consist", "seem", "appear", "belong",
        "contain", "mean", "represent", "constitute", "comprise", "stay", "know", "live", "reside", "suffer", "need",
        "own", "depend", "deserve", "matter", "resemble", "tend", "lie", "continue", "endure", "struggle",
    ]

    /// Verbs whose infinitive complement is a plan: the date inside it is when the plan is
    /// due, not a separate event ("announced plans to open … in December").
    static let planWords: Set<String> = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims", "aimed", "expect",
        "expects", "expected", "scheduled", "set", "due", "hope", "hopes", "hoped", "promise", "promised", "vow",
        "vowed", "pledge", "pledged", "propose", "proposed",
    ]

    /// Participles that, before these nouns, name a kind of thing rather than an act.
    static let participleAdjectives: [String: Set<String>] = [
        "forced": [
            "labor", "labour", "marriage", "marriages", "abortion", "abortions", "disappearance", "disappearances",
            "return", "returns", "repatriation", "repatriations", "eviction", "evictions", "conscription",
            "confession", "confessions", "prostitution", "sterilization", "displacement", "recruitment",
        ],
        "armed": ["forces", "conflict", "conflicts", "groups", "group", "men", "attack", "attacks", "robbery"],
        "enforced": ["disappearance", "disappearances"],
        "displaced": ["persons", "people", "families", "children"],
        "detained": ["persons", "people", "relatives", "activists"],
        "organized": ["crime"],
        "organised": ["crime"],
        "united": ["front", "nations", "states", "kingdom"],
        "limited": ["exceptions", "access", "resources"],
        "renewed": ["traction", "fighting", "calls", "interest"],
        "advanced": ["software", "weapons", "technology"],
    ]

    /// Adverbs a headline leaves out: hedges and connectives that add no fact.
    static let droppableAdverbs: Set<String> = [
        "reportedly", "allegedly", "also", "still", "however", "even", "currently", "officially", "purportedly",
        "subsequently", "previously", "recently", "similarly", "often", "sometimes", "then", "now",
        "furthermore", "moreover", "meanwhile", "nonetheless", "nevertheless", "indeed", "already", "finally",
        "eventually", "additionally", "thus", "therefore", "apparently", "reportedly,", "just", "actually",
        "ultimately", "again", "notably", "importantly", "initially",
    ]

    /// Words that open a sentence only to connect it: "Still, …", "In addition, …".
    static let discourseMarkers: [[String]] = [
        ["however"], ["still"], ["meanwhile"], ["similarly"], ["moreover"], ["furthermore"], ["additionally"],
        ["nonetheless"], ["nevertheless"], ["indeed"], ["yet"], ["also"], ["then"], ["thus"], ["therefore"],
        ["in", "addition"], ["in", "response"], ["in", "turn"], ["as", "a", "result"], ["for", "example"],
        ["for", "instance"], ["in", "particular"], ["in", "fact"], ["at", "the", "same", "time"], ["so"], ["and"],
        ["but"], ["historically"], ["notably"], ["later"], ["earlier"], ["since", "then"], ["finally"],
    ]
}
