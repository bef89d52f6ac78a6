import ChronicleText

/// An event in the making: one dated mention of a sentence, with the words that tell it.
struct Draft {
    enum Kind: String, Hashable {
        /// Something happened: "China forcibly returned about 60 refugees".
        case occurrence
        /// Something is due: "… must be sent back by December of 2019".
        case deadline
        /// A dated count: "there were 2,706 defections in 2011".
        case statistic
        /// A document, decision or gathering dated by its name: "the 2014 report".
        case document
        /// Someone reported something: "In March, Human Rights Watch reported that …".
        case report
    }

    var mention: DateMention
    var kind: Kind
    var title: String
    /// The words that describe the event (its clause, reporter and attribution included), for
    /// merging and categories.
    var scope: String
    /// Where the citation starts when the sentence only makes sense with the one before it.
    var citationStart: Int?
    /// The base form of the verb the event is built on.
    var verb: String?
    /// How the extractor read the sentence, for `--explain`.
    var reading: String
}
