extension Lexicon {
    /// Base forms of verbs common in news and reports, so that present-tense verbs ("holds",
    /// "highlights") and infinitives ("to repatriate") are recognised as verbs.
    static let commonVerbs: Set<String> = [
        "accept", "accede", "accuse", "achieve", "acquire", "act", "add", "address", "adopt", "advance", "affect",
        "agree", "aim", "allow", "announce", "appeal", "apply", "approve", "argue", "arrest", "arrive", "ask",
        "attack", "attempt", "attend", "ban", "become", "begin", "believe", "block", "borrow", "bring", "build",
        "buy", "call", "cancel", "capture", "carry", "cause", "cease", "change", "charge", "claim", "close",
        "collect", "combat", "come", "commit", "complain", "condemn", "conduct", "confirm", "consider", "continue",
        "control", "convict", "cooperate", "cost", "cover", "create", "criminalize", "cross", "cut", "deal",
        "decide", "declare", "decline", "defect", "defend", "deliver", "demand", "deny", "deploy", "deport",
        "describe", "destroy", "detain", "develop", "die", "direct", "disclose", "discriminate", "discuss",
        "dismiss", "divert", "do", "document", "drop", "earn", "elect", "eliminate", "emphasize", "employ", "enact",
        "end", "endure", "enforce", "engage", "ensure", "enter", "escape", "establish", "estimate", "evaluate",
        "exchange", "execute", "exist", "expand", "expel", "explain", "exploit", "export", "face", "fail", "fall",
        "fight", "file", "find", "fire", "flee", "follow", "forbid", "force", "form", "free", "fund", "gain",
        "generate", "get", "give", "go", "grant", "grow", "halt", "happen", "harm", "hear", "help", "highlight",
        "hinder", "hire", "hold", "host", "identify", "impose", "improve", "include", "increase", "indicate",
        "inform", "intend", "interview", "introduce", "invade", "investigate", "issue", "jail", "jam", "join",
        "keep", "kill", "know", "launch", "lead", "learn", "leave", "lend", "lift", "limit", "live", "lose",
        "maintain", "make", "manage", "mark", "meet", "mobilize", "monitor", "move", "need", "negotiate", "note",
        "obtain", "occur", "offer", "open", "operate", "order", "organize", "pass", "pay", "penalize", "perform",
        "permit", "persecute", "plan", "play", "point", "prevent", "prioritize", "produce", "prohibit", "promise",
        "promote", "propose", "prosecute", "protect", "protest", "prove", "provide", "publish", "punish",
        "pursue", "push", "raise", "reach", "reactivate", "receive", "recognize", "recommend", "record", "recruit",
        "reduce", "refuse", "register", "reject", "release", "remain", "remit", "remove", "renew", "reopen",
        "repatriate", "report", "represent", "request", "require", "rescue", "resign", "resist", "resolve",
        "respond", "restrict", "resume", "retain", "return", "reveal", "ride", "rise", "rule", "run", "sanction",
        "say", "secure", "see", "seek", "seize", "sell", "send", "sentence", "serve", "set", "share", "shoot",
        "show", "sign", "smuggle", "speak", "spend", "start", "state", "stay", "stop", "strengthen", "strike",
        "submit", "suffer", "support", "surge", "surround", "suspend", "sustain", "take", "talk", "target",
        "tell", "terminate", "test", "threaten", "torture", "trade", "traffic", "train", "transfer", "travel",
        "treat", "try", "turn", "undergo", "undermine", "urge", "use", "veto", "violate", "visit", "vote", "wage",
        "want", "warn", "watch", "win", "withdraw", "withhold", "work", "write",
        "draw", "rest", "crack", "hand", "stress", "underline", "cite", "list", "count", "rank", "place",
        "put", "fear", "press", "seem", "shape", "shift", "spread", "stand", "stem", "step", "tighten", "loosen",
        "ease", "expose", "extend", "guarantee", "ignore", "invite", "justify", "lack", "lobby", "mean", "mention",
        "mount", "notice", "observe", "oversee", "own", "pardon", "post", "praise", "predict", "present",
        "preserve", "prompt", "quote", "rally", "rate", "recall", "recover", "reflect", "reform", "regard", "rely",
        "remember", "rename", "repeat", "replace", "rescind", "restore", "reverse", "review", "revise", "save",
        "score", "search", "settle", "shut", "sink", "slow", "split", "spur", "stage", "strip", "study", "supply",
        "survey", "suspect", "swear", "tackle", "tolerate", "track", "translate", "trigger", "unveil", "uphold",
        "vow", "weaken", "welcome", "widen", "worsen",
        // Appointments, courts, laws and institutions.
        "appoint", "nominate", "sack", "acquit", "sue", "imprison", "ratify", "amend", "repeal", "overturn",
        "endorse", "oppose", "criticise", "criticize", "pledge", "quit", "merge", "invest", "dissolve", "abolish",
        "outlaw", "legalise", "legalize", "recognise", "proclaim", "inaugurate", "expire", "privatise", "privatize",
        "nationalise", "nationalize", "freeze", "postpone", "delay", "reschedule", "pause", "organise", "celebrate",
        "honour", "honor", "award", "discover", "exceed", "surpass", "triple", "halve", "plunge", "soar", "decrease",
        // Conflict and disaster.
        "evacuate", "collapse", "explode", "crash", "burn", "damage", "demolish", "riot", "clash", "occupy", "annex",
        "injure", "abduct", "kidnap", "disappear", "murder", "assassinate", "walk", "complete",
    ]

    /// Verbs that take an object: with none after them at the end of a headline, they are
    /// passive participles ("Agreement signed", "Law adopted"), not a past to put in the present.
    static let objectVerbs: Set<String> = [
        "sign", "adopt", "approve", "pass", "ratify", "arrest", "release", "publish", "announce", "appoint",
        "elect", "build", "complete", "launch", "abolish", "ban", "repeal", "amend", "enact", "impose", "lift",
        "sentence", "convict", "acquit", "detain", "deport", "kill", "injure", "destroy", "damage", "demolish",
        "seize", "privatise", "privatize", "found", "establish", "create", "dissolve", "suspend", "cancel",
        "postpone", "delay", "inaugurate", "unveil", "award", "confirm", "reject", "veto", "freeze", "discover",
    ]
}
