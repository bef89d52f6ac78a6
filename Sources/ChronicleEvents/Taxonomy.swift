import ChronicleTimeline

/// The built-in categories for briefings, with the words that claim an event for each.
public enum Taxonomy {
    public static let builtIn: [Category] = [
        Category(
            id: "un-diplomacy", name: "UN and diplomacy",
            keywords: [
                "united nations", "un ", "u.n.", "security council", "general assembly", "human rights council",
                "resolution", "diplomat", "summit", "rapporteur",
            ]),
        Category(id: "sanctions", name: "Sanctions", keywords: ["sanction", "embargo", "veto", "panel of experts"]),
        Category(
            id: "reports", name: "Reports and investigations",
            keywords: ["report", "inquiry", "investigation", "study", "findings", "survey"]),
        Category(
            id: "laws-policy", name: "Laws and policy",
            keywords: ["law", "act ", "decree", "policy", "directive", "order", "ban"]),
        Category(
            id: "migration", name: "Migration and refugees",
            keywords: ["refugee", "defect", "border", "asylum", "repatriat", "forcibly returned", "flee", "escape"]),
        Category(
            id: "forced-labor", name: "Forced labor",
            keywords: ["forced labor", "workers", "labour", "laborers", "overseas work"]),
        Category(
            id: "detention", name: "Detention and punishment",
            keywords: ["prison", "detention", "sentence", "execution", "torture", "camp", "arrest"]),
        Category(
            id: "military", name: "Military",
            keywords: ["missile", "nuclear", "troops", "military", "soldier", "weapon"]),
        Category(id: "economy", name: "Economy", keywords: ["trade", "income", "gdp", "economy", "revenue"]),
        Category(
            id: "health", name: "Health", keywords: ["covid", "health", "immunization", "medicine", "food", "famine"]),
        Category(
            id: "media", name: "Media and information",
            keywords: ["media", "internet", "broadcast", "information", "phone"]),
        Category.general,
    ]
}

/// Picks the category whose keywords a sentence mentions most; ties go to the earlier category.
struct Classifier {
    var categories: [Category]

    func category(for sentence: String) -> String {
        let text = " " + sentence.lowercased() + " "
        var best = (id: Category.general.id, hits: 0)
        for category in categories {
            let hits = category.keywords.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
            if hits > best.hits { best = (category.id, hits) }
        }
        return best.id
    }
}
