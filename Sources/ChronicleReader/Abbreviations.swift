/// Words that end with a period without ending the sentence, lowercased, without the period.
enum Abbreviations {
    static let words: Set<String> = [
        // Titles and ranks.
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "sen",
        "rep", "gov", "pres", "amb", "rev", "hon", "messrs", "mt", "ft",
        // Months and days.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // Organizations and references.
        "inc", "corp", "co", "ltd", "llc", "dept", "univ", "assn", "bros", "no", "nos", "vol", "art", "para", "sec",
        "fig", "p", "pp", "ch", "ed", "eds", "op", "cit", "ibid", "approx", "est", "vs", "etc", "cf", "al",
    ]
}
