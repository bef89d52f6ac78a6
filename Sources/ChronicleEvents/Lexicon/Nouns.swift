extension Lexicon {
    /// Nouns for documents, decisions and gatherings: a date that modifies one dates the thing
    /// itself ("the 2014 report", "a decree from August 2020", "the 2010 Act").
    static let documentNouns: Set<String> = [
        "report", "reports", "study", "survey", "investigation", "inquiry", "review", "assessment", "resolution",
        "resolutions", "law", "laws", "act", "decree", "decrees", "directive", "protocol", "convention", "treaty",
        "agreement", "accord", "declaration", "constitution", "census", "election", "elections", "summit", "order",
        "orders", "ban", "policy", "bill", "amendment", "code", "charter", "ruling", "verdict", "judgment",
        "judgement", "sanctions", "embargo", "referendum", "ceasefire", "armistice", "test", "tests", "launch",
        "invasion", "war", "attack", "famine", "flood", "floods", "earthquake", "coup", "uprising", "massacre",
        "strike", "visit", "meeting", "talks", "conference", "speech", "statement", "findings", "creation",
        "founding", "establishment", "adoption", "signing", "independence", "division", "collapse", "death",
        "birth", "execution", "arrest", "release", "pandemic", "outbreak", "crackdown", "purge",
    ]

    /// Nouns of documents that report findings: as a subject they introduce what they found.
    static let findingNouns: Set<String> = [
        "report", "reports", "study", "studies", "survey", "surveys", "investigation", "investigations", "inquiry",
        "review", "assessment", "analysis", "findings", "data", "statistics", "figures", "estimates", "sources",
        "research", "records", "documents", "approximations", "census", "profile", "article", "evidence", "polls",
    ]

    /// Reporters too vague to name in a title: "reports showed that …" titles with what they showed.
    static let vagueReporters: Set<String> = [
        "reports", "report", "data", "statistics", "figures", "estimates", "sources", "studies", "study", "surveys",
        "survey",
        "approximations", "records", "documents", "research", "analysis", "observers", "experts", "officials",
        "media", "evidence", "polls", "accounts", "testimonies", "findings", "organizations", "organisations",
        "groups", "ngos", "activists", "analysts", "people", "agencies", "authorities", "others", "some",
    ]

    /// Nouns that count people or happenings: a number before one makes a dated statistic an
    /// event ("2,706 defections", "30,000 children").
    static let countedNouns: Set<String> = [
        "people", "persons", "person", "workers", "laborers", "labourers", "refugees", "defectors", "defections",
        "migrants", "citizens", "nationals", "residents", "prisoners", "detainees", "children", "women", "men",
        "girls", "boys", "students", "soldiers", "troops", "civilians", "victims", "tourists", "arrivals", "deaths",
        "executions", "cases", "employees", "inmates", "families", "households", "asylum-seekers", "orphans",
        "inhabitants", "individuals", "survivors", "casualties", "fatalities", "injuries", "arrests", "escapees",
        "deportees", "returnees", "pupils", "doctors", "journalists", "activists", "protesters", "members",
        "staff", "farmers", "fishermen", "sailors", "crew", "passengers", "patients", "infections", "killings",
        "incidents", "attacks", "flights", "visitors", "diplomats", "delegates", "laborer", "worker", "refugee",
    ]

    /// Words that make a number an amount of money or goods, not a count of people.
    static let amountWords: Set<String> = [
        "$", "€", "£", "¥", "₩", "usd", "us$", "krw", "eur", "gbp", "yuan", "won", "dollars", "euros", "billion",
        "trillion", "gdp", "income", "revenue", "revenues", "barrels", "tons", "tonnes", "kilograms", "kg",
        "percent", "%", "budget", "price", "prices", "wages", "salary", "exports", "imports", "trade",
    ]

    /// Nouns for a published text, which "this …" makes the document itself.
    static let publicationNouns: Set<String> = [
        "note", "article", "report", "chapter", "dispatch", "story", "post", "page", "column", "editorial", "brief",
        "briefing", "paper", "document", "statement", "release", "summary", "edition", "issue", "blog", "newsletter",
    ]

    /// Words before a date that give the period a document covers: "covers 2024", "the
    /// reporting period of 2019".
    static let coverageWords: Set<String> = ["covers", "covering", "covered", "period", "events"]

    /// Verbs that say a text came out.
    static let publicationVerbs: Set<String> = [
        "published", "released", "issued", "posted", "printed", "updated", "dated", "of", "from", "on",
    ]

    /// Nouns that a demonstrative subject names when it points back at the previous sentence:
    /// "This directive is based on a decree from August 2020."
    static let pointingNouns: Set<String> = [
        "directive", "order", "decision", "decree", "measure", "measures", "policy", "law", "rule", "ban", "move",
        "resolution", "agreement", "plan", "step", "announcement", "statement", "practice", "restriction",
        "restrictions", "instruction", "instructions", "regulation", "regulations", "requirement",
    ]

    /// Nouns of documents whose publication is news: a report, not an article or a note.
    static let reportNouns: Set<String> = [
        "report", "study", "survey", "inquiry", "investigation", "review", "assessment", "findings", "analysis",
        "census", "audit", "evaluation", "yearbook", "index", "ranking", "white paper",
    ]

    /// Verbs that say a document came out, right before its date: "released on 2 May".
    static let releaseVerbs: Set<String> = [
        "published", "released", "issued", "presented", "posted", "launched", "unveiled", "submitted", "tabled",
    ]

    /// Nouns that name a happening, which a chronology's line may give without a verb:
    /// "2011: First strike at the port".
    static let eventNouns: Set<String> = [
        "strike", "strikes", "election", "elections", "war", "attack", "attacks", "invasion", "coup", "protest",
        "protests", "referendum", "ceasefire", "truce", "earthquake", "flood", "floods", "fire", "explosion",
        "summit", "visit", "meeting", "treaty", "agreement", "accord", "launch", "opening", "closure", "merger",
        "bankruptcy", "independence", "uprising", "revolution", "massacre", "bombing", "shooting", "riot", "riots",
        "crash", "collapse", "outbreak", "epidemic", "pandemic", "famine", "drought", "inauguration",
        "resignation", "arrest", "arrests", "trial", "verdict", "ruling", "ban", "reform", "boycott", "blockade",
        "siege", "offensive", "withdrawal", "evacuation", "talks", "negotiations", "founding", "creation",
        "adoption", "signing", "ratification", "abolition", "annexation", "occupation", "liberation",
        "assassination", "execution", "release", "return", "death", "birth", "marriage", "defeat", "victory",
        "landslide", "storm", "hurricane", "cyclone", "typhoon", "tsunami", "eruption", "wildfire", "crackdown",
        "raid", "raids", "clashes", "fighting", "battle", "deal", "sanctions", "embargo", "lockdown", "shutdown",
    ]

    /// Nouns that name a person by their office: whom "he" or "she" may stand for.
    static let personRoles: Set<String> = [
        "minister", "president", "rapporteur", "spokesman", "spokeswoman", "spokesperson", "official", "chief",
        "director", "secretary", "leader", "judge", "officer", "ambassador", "envoy", "governor", "mayor",
        "senator", "chairman", "chairwoman", "chair", "commissioner", "prosecutor", "lawyer", "activist",
        "journalist", "reporter", "author", "researcher", "economist", "analyst", "general", "commander",
        "king", "queen", "prince", "princess", "prime", "premier", "chancellor", "pope", "bishop", "head",
        "founder", "manager", "coach", "captain", "doctor", "professor", "witness", "victim", "suspect",
    ]

    /// Words that make a capitalized name an institution or a place rather than a person.
    static let institutionWords: Set<String> = [
        "nations", "states", "kingdom", "republic", "union", "council", "government", "ministry", "police",
        "agency", "commission", "committee", "bank", "court", "army", "navy", "party", "office", "department",
        "house", "senate", "congress", "parliament", "assembly", "organization", "organisation", "institute",
        "university", "company", "group", "fund", "watch", "international", "news", "times", "post", "press",
        "city", "county", "province", "island", "islands", "north", "south", "east", "west", "korea", "africa",
    ]
}
