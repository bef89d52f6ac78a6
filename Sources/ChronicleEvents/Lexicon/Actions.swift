/// Words that name one kind of act.
struct ActionClass {
    var action: String
    var words: [String]

    init(_ action: String, _ words: [String]) {
        self.action = action
        self.words = words
    }
}

extension Lexicon {
    /// Action classes: words (verb stems and nouns, lowercase) that name the same kind of act.
    /// Two reports of one event share a class even when worded differently ("repatriate" and
    /// "sent back"); two events on one date with different classes stay apart.
    ///
    /// A word is matched by its start, so "repatriat" covers "repatriate", "repatriated" and
    /// "repatriation". Multi-word entries match consecutive words.
    static let actionClasses: [ActionClass] = [
        ActionClass(
            "return",
            [
                "repatriat", "deport", "expel", "expulsion", "send back", "sent back", "send home", "sent home",
                "forcibly return", "refoulement", "extradit",
            ]),
        ActionClass(
            "flee",
            [
                "flee", "fled", "defect", "defection", "escape", "cross the border", "crossed the border",
                "seek asylum",
                "sought asylum", "smuggle",
            ]),
        ActionClass("arrive", ["arrive", "arrival", "entered", "resettle"]),
        ActionClass(
            "adopt",
            [
                "adopt", "adoption", "pass", "approve", "enact", "establish", "create", "creation", "introduce", "sign",
                "ratifi", "ratify", "promulgat",
            ]),
        ActionClass("prohibit", ["prohibit", "ban", "forbid", "forbade", "bar", "outlaw", "criminaliz", "criminalis"]),
        ActionClass("require", ["require", "must", "obligat", "oblige", "mandate", "deadline"]),
        ActionClass("order", ["order", "direct", "instruct", "command", "decree"]),
        ActionClass("sanction", ["sanction", "embargo", "freeze", "blacklist"]),
        ActionClass(
            "find",
            [
                "find", "found", "determine", "conclude", "document", "reveal", "show", "showed", "shown", "confirm",
                "prove",
            ]),
        // Verb forms only: "a comprehensive report", "human rights issues" are no acts.
        ActionClass("report", ["reported", "reporting", "publish", "release", "issued", "presented", "unveil"]),
        ActionClass("condemn", ["condemn", "criticiz", "criticis", "denounce", "censure", "deplore", "rebuke"]),
        ActionClass("sentence", ["sentence", "convict", "punish", "trial", "tried", "jail", "imprison"]),
        ActionClass("execute", ["execute", "execution", "kill", "shot dead", "put to death", "death penalty"]),
        ActionClass("detain", ["arrest", "detain", "detention", "capture", "abduct", "kidnap", "seize"]),
        ActionClass("free", ["freed", "free", "pardon", "amnesty"]),
        ActionClass("visit", ["visit", "trip", "tour", "travel"]),
        ActionClass("open", ["open", "reopen", "resume", "lift"]),
        ActionClass("close", ["close", "shut", "seal", "suspend", "halt", "blockade"]),
        ActionClass("launch", ["launch", "test", "fire", "missile"]),
        ActionClass("meet", ["meet", "met", "meeting", "summit", "talks", "held a", "hold a", "convene", "session"]),
        ActionClass("announce", ["announce", "declare", "proclaim"]),
        ActionClass("veto", ["veto", "vetoed", "block"]),
        ActionClass("work", ["work", "worker", "employ", "hire"]),
        ActionClass("shoot", ["shoot", "shot", "fire on", "opened fire"]),
        ActionClass("deploy", ["deploy", "deployment", "dispatch", "troops"]),
        ActionClass("mobilize", ["mobiliz", "mobilis", "conscript"]),
        ActionClass("decline", ["drop", "fell", "fall", "decline", "decrease", "reduce", "cut"]),
        ActionClass("rise", ["rose", "rise", "increase", "grew", "surge"]),
        ActionClass("reactivate", ["reactivat", "restore", "resume"]),
        ActionClass("rescue", ["rescue", "help", "aid", "assist", "support"]),
        ActionClass("violate", ["violat", "abuse", "torture", "crimes against humanity", "atrocit"]),
    ]
}

extension Lexicon {
    /// Action classes that make an event decisive for a briefing.
    static let decisiveActions: Set<String> = [
        "return", "adopt", "prohibit", "require", "order", "sanction", "condemn", "sentence", "execute", "detain",
        "free", "launch", "veto", "shoot", "deploy", "open", "close", "flee", "find",
    ]
}
