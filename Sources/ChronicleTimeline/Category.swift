/// A kind of event, drawn as a lane and named in the legend.
public struct Category: Hashable, Sendable, Identifiable {
    /// A short key (`sanctions`), used in the timeline file and JSON.
    public var id: String
    /// The name shown to readers ("Sanctions").
    public var name: String
    /// Words that put an event in this category, lowercased.
    public var keywords: [String]

    public init(id: String, name: String, keywords: [String] = []) {
        self.id = id
        self.name = name
        self.keywords = keywords
    }

    /// The category of events no other category claims.
    public static let general = Category(id: "general", name: "General")
}
