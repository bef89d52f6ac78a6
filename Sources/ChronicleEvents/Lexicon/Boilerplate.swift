extension Lexicon {
    /// How lines of a saved web page that are not the article start (lowercased): photo
    /// credits, navigation, sign-up and donation appeals. A sentence that starts so is no event.
    static let boilerplateOpenings: [String] = [
        "photo:", "photo credit", "photos:", "image:", "image credit", "picture:", "credit:", "source:",
        "skip to", "jump to", "sign up", "subscribe", "share this", "share on", "follow us", "read more",
        "related:", "related articles", "click here", "advertisement", "donate", "support our", "your gift",
        "your tax", "make a gift", "give now", "all rights reserved", "copyright", "cookie", "we use cookies",
        "this article was", "this story was", "editor's note", "correction:",
    ]

    /// Marks that betray a caption or a credit line anywhere in it.
    static let boilerplateMarks: [String] = [
        "\u{00A9}", "(c) 20", "all rights reserved", "tax deductible", "tax-deductible",
    ]
}
