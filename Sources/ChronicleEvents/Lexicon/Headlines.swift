extension Lexicon {
    /// Phrases a headline keeps whole or drops whole: cutting inside one leaves words that
    /// promise the rest ("committed crimes", "with the help").
    static let fixedPhrases: [[String]] = [
        "crimes against humanity", "crime against humanity", "war crimes", "weapons of mass destruction",
        "prisoners of war", "freedom of expression", "freedom of movement", "freedom of association",
        "freedom of the press", "rule of law", "state of emergency", "head of state", "right to food",
        "right to health", "with the help of", "with the support of", "on behalf of", "in favour of",
        "in favor of", "in support of", "in response to", "as part of", "in violation of", "in terms of",
        "in exchange for", "in the name of", "at the request of", "in the wake of", "under the pretext of",
        "in charge of", "at the hands of",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Nouns and adjectives that need a phrase after them, with the words that open it: a
    /// headline does not end on "a large majority" or "almost similar levels" without "of …"
    /// and "to …".
    static let complementTakers: [String: Set<String>] = [
        "majority": ["of"], "minority": ["of"], "part": ["of"], "number": ["of"], "share": ["of"],
        "proportion": ["of"], "half": ["of"], "rest": ["of"], "bulk": ["of"], "percent": ["of"], "%": ["of"],
        "portion": ["of"], "lack": ["of"], "kind": ["of"], "type": ["of"], "series": ["of"], "amount": ["of"],
        "anniversary": ["of"], "impact": ["of", "on"], "impacts": ["of", "on"], "effect": ["of", "on"],
        "effects": ["of", "on"], "consequences": ["of"], "result": ["of"], "similar": ["to"], "equal": ["to"],
        "comparable": ["to", "with"], "close": ["to"], "identical": ["to"], "due": ["to"], "subject": ["to"],
        "prior": ["to"], "contrary": ["to"], "equivalent": ["to"], "compared": ["to", "with"],
        "consistent": ["with"], "responsible": ["for"], "mandate": ["of"], "renewal": ["of"],
    ]

    /// Verbs (base forms) that need a phrase after their object, with the words that open it:
    /// "bar member states" promises "from …", "asking the office" promises "for …".
    static let verbComplements: [String: Set<String>] = [
        "bar": ["from"], "prohibit": ["from"], "prevent": ["from"], "ban": ["from"], "exempt": ["from"],
        "exclude": ["from"], "ask": ["for", "to"], "request": ["to", "for"], "urge": ["to"], "call": ["for", "on"],
        "order": ["to"], "force": ["to", "into"], "require": ["to"], "oblige": ["to"], "compel": ["to"],
        "allow": ["to"], "permit": ["to"], "encourage": ["to"], "invite": ["to"], "dedicate": ["to"],
        "accuse": ["of"], "attribute": ["to"], "subject": ["to"], "expose": ["to"], "refrain": ["from"],
    ]

    /// Adjectives a headline may drop when it is too long: they weigh or hedge, they do not
    /// tell what happened ("the possible negative impacts", "a public official meeting").
    static let droppableAdjectives: Set<String> = [
        "possible", "potential", "negative", "positive", "recent", "heavy", "public", "official", "various",
        "numerous", "certain", "significant", "excessive", "abusive", "unnecessary", "extreme", "large", "huge",
        "massive", "further", "additional", "current", "ongoing", "so-called", "landmark", "comprehensive",
        "strong", "serious", "intense", "important", "considerable", "substantial", "particular", "specific",
        "relevant", "respective", "alleged", "apparent", "severe", "harsh", "strict", "tight", "broad", "wide",
    ]

    /// Small words that join the parts of a name: "Liberty in North Korea", "Panel of Experts".
    static let nameConnectors: Set<String> = ["of", "in", "for", "on", "and", "to", "de", "the"]

    /// Nouns that name what a body decided or wrote: "resolutions of the Security Council" reads
    /// "Security Council resolutions" in a headline.
    static let bodyOutputNouns: Set<String> = [
        "resolution", "resolutions", "report", "reports", "decision", "decisions", "decree", "decrees", "ruling",
        "rulings", "order", "orders", "statement", "statements", "findings", "investigation", "inquiry",
        "sanctions", "panel", "envoys", "forces", "troops", "members",
    ]
}
