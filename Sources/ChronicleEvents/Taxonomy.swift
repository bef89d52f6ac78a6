import ChronicleTimeline

/// The built-in categories for briefings, with the words that claim an event for each.
///
/// Keywords match the start of words ("sanction" claims "sanctions" and "sanctioned"); a
/// keyword of several words matches them in a row. A timeline file's `categories:` come first
/// and win ties; `general` takes what no category claims.
public enum Taxonomy {
    /// Laws and policy; reports and investigations; UN and diplomacy; sanctions; military;
    /// migration and refugees; detention and punishment; forced labor; economy; health; media
    /// and information; general.
    public static let builtIn: [Category] = [
        Category(
            id: "laws-policy", name: "Laws and policy",
            keywords: [
                "law", "act", "decree", "directive", "policy", "policies", "regulation", "legislation", "constitution",
                "bill", "ban", "banned", "criminaliz", "legaliz", "enact", "code", "ordinance", "order",
            ]),
        Category(
            id: "reports", name: "Reports and investigations",
            keywords: [
                "report", "inquiry", "investigation", "study", "findings", "survey", "found", "finds", "document",
                "review", "assessment", "research", "testimon", "interview", "evidence", "commission of inquiry",
            ]),
        Category(
            id: "un-diplomacy", name: "UN and diplomacy",
            keywords: [
                "un", "u.n", "united nations", "security council", "general assembly", "human rights council",
                "resolution", "diplomat", "summit", "rapporteur", "embassy", "delegation", "talks", "ambassador",
                "treaty", "negotiat", "unicef", "ohchr", "fao", "member states",
            ]),
        Category(
            id: "sanctions", name: "Sanctions",
            keywords: ["sanction", "embargo", "veto", "panel of experts", "asset freeze", "blacklist"]),
        Category(
            id: "military", name: "Military",
            keywords: [
                "missile", "nuclear", "troops", "military", "soldier", "weapon", "army", "icbm", "ballistic",
                "war", "deployment", "artillery", "warhead", "rocket",
            ]),
        Category(
            id: "migration", name: "Migration and refugees",
            keywords: [
                "refugee", "defect", "border", "asylum", "repatriat", "forcibly return", "flee", "fled", "escape",
                "migrant", "migration", "deport", "smuggl", "arrived in", "resettle",
            ]),
        Category(
            id: "forced-labor", name: "Forced labor",
            keywords: [
                "forced labor", "forced labour", "workers", "labor", "labour", "laborers", "overseas work",
                "work authorization", "wages", "mobiliz", "unpaid", "trafficking",
            ]),
        Category(
            id: "detention", name: "Detention and punishment",
            keywords: [
                "prison", "detention", "detain", "sentence", "execution", "executed", "torture", "camp", "arrest",
                "punish", "jail", "court", "trial", "convict",
            ]),
        Category(
            id: "economy", name: "Economy",
            keywords: [
                "trade", "income", "gdp", "economy", "economic", "revenue", "export", "import", "tourism", "market",
                "currency", "oil", "petroleum",
            ]),
        Category(
            id: "health", name: "Health",
            keywords: [
                "covid", "health", "immunization", "vaccin", "medicine", "food", "famine", "flood", "pandemic",
                "hunger", "disease", "hospital", "clinic",
            ]),
        Category(
            id: "media", name: "Media and information",
            keywords: [
                "media", "internet", "broadcast", "information", "phone", "radio", "television", "movies", "film",
                "sd card", "censorship", "journalist", "selfie", "online",
            ]),
        Category.general,
    ]

    /// The categories a build uses: the writer's own first (a writer's category with a built-in
    /// id replaces it), then the built-in ones.
    public static func categories(adding custom: [Category]) -> [Category] {
        custom + builtIn.filter { builtIn in !custom.contains { $0.id == builtIn.id } }
    }
}

/// Picks the category whose keywords an event's words claim most: a hit in the title counts
/// twice; ties go to the earlier category.
struct Classifier {
    var categories: [Category]
    private let index: PhraseIndex

    init(categories: [Category]) {
        self.categories = categories
        index = PhraseIndex(categories.enumerated().flatMap { tag, category in category.keywords.map { ($0, tag) } })
    }

    func category(title: String, scope: String) -> String {
        let inTitle = index.tags(in: Phrases.words(title))
        let inScope = index.tags(in: Phrases.words(scope))
        var best = (id: Category.general.id, hits: 0)
        for (tag, category) in categories.enumerated() where category.id != Category.general.id {
            let hits = 2 * (inTitle[tag] ?? 0) + (inScope[tag] ?? 0)
            if hits > best.hits { best = (category.id, hits) }
        }
        return best.id
    }
}
