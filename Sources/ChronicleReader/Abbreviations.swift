/// Words that end with a period without (always) ending the sentence, and the words that make
/// a sentence end after them anyway. Lowercased, without the period.
///
/// Each entry says when its period can still end a sentence:
/// - `never`: titles and words always followed by more of the sentence ("Mr. Kim", "vs. Japan").
/// - `unlessNumber`: words that precede a number ("No. 5", "p. 12", "Dec. 3"); before anything
///   else the period ends the sentence ("The answer was no. Then …").
/// - `beforeStarter`: words that often end sentences too ("Inc.", "etc.", "U.S."): the period ends
///   the sentence when the next word is one that starts sentences (`starters`).
enum Abbreviations {
    enum Policy { case never, unlessNumber, beforeStarter }

    static let table: [(word: String, policy: Policy)] =
        // Titles and ranks, always followed by a name.
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "sen", "rep",
            "gov", "pres", "amb", "rev", "hon", "messrs", "mme", "mlle", "st", "mt", "ft", "fr", "supt", "insp",
        ].map { ($0, .never) }
        // References and comparisons, always followed by more.
        + ["vs", "v", "cf", "approx", "ca", "c", "viz", "incl", "esp", "nr"].map { ($0, .never) }
        // Words before numbers; months and weekdays ("Dec. 3", "Mon. 12").
        + [
            "no", "nos", "vol", "vols", "art", "arts", "para", "paras", "sec", "secs", "fig", "figs", "p", "pp", "ch",
            "chap", "op", "ref", "eq", "tel", "ed", "pt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        ].map { ($0, .unlessNumber) }
        // Words that end sentences as often as not.
        + [
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "etc", "al", "ibid", "dept", "univ", "assn",
            "eds", "est", "govt", "intl", "natl",
        ].map { ($0, .beforeStarter) }

    static let policies: [String: Policy] = Dictionary(
        table.map { ($0.word, $0.policy) }, uniquingKeysWith: { a, _ in a })

    /// Words that start sentences far more often than they follow "Inc." or "U.S." inside one.
    static let starters: Set<String> = [
        "a", "after", "also", "an", "and", "as", "at", "authorities", "before", "both", "but", "by", "during",
        "each", "earlier", "for", "from", "he", "her", "his", "how", "however", "i", "if", "in", "it", "its",
        "last", "later", "many", "meanwhile", "most", "next", "no", "officials", "on", "one", "our", "she", "since",
        "so", "some", "still", "that", "the", "their", "then", "there", "these", "they", "this", "those", "under",
        "we", "what", "when", "while", "why", "with", "yet", "you",
    ]
}
