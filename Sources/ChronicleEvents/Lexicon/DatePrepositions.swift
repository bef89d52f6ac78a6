/// A phrase before a date and the role it gives the date.
struct DatePreposition {
    var phrase: [String]
    var role: DateRole

    init(_ phrase: [String], _ role: DateRole) {
        self.phrase = phrase
        self.role = role
    }
}

extension Lexicon {
    /// How a word before a date shapes what the date means, from the longest phrase to the
    /// shortest: "no later than December 22, 2019" is a deadline, "as of 2017" a state at a
    /// time, "since 2014" the start of a state, "in April" a plain date.
    ///
    /// The extractor reads them right to left from the date: it takes the longest phrase that
    /// ends just before the date.
    static let datePrepositions: [DatePreposition] = [
        DatePreposition(["no", "later", "than"], .deadline),
        DatePreposition(["not", "later", "than"], .deadline),
        DatePreposition(["at", "the", "latest", "by"], .deadline),
        DatePreposition(["by", "no", "later", "than"], .deadline),
        DatePreposition(["the", "deadline", "of"], .deadline),
        DatePreposition(["deadline", "of"], .deadline),
        // "The government has until 31 December to respond": time given, a deadline.
        DatePreposition(["has", "until"], .deadline),
        DatePreposition(["have", "until"], .deadline),
        DatePreposition(["had", "until"], .deadline),
        DatePreposition(["given", "until"], .deadline),
        DatePreposition(["until"], .until),
        DatePreposition(["till"], .until),
        DatePreposition(["as", "of"], .asOf),
        DatePreposition(["as", "at"], .asOf),
        DatePreposition(["since"], .since),
        DatePreposition(["by"], .by),
        DatePreposition(["before"], .before),
        DatePreposition(["prior", "to"], .before),
        DatePreposition(["after"], .after),
        DatePreposition(["following"], .after),
        DatePreposition(["from", "the", "end", "of"], .from),
        DatePreposition(["from", "the", "beginning", "of"], .from),
        DatePreposition(["from", "the", "start", "of"], .from),
        DatePreposition(["at", "the", "end", "of"], .plain),
        DatePreposition(["by", "the", "end", "of"], .by),
        DatePreposition(["the", "end", "of"], .plain),
        DatePreposition(["at", "the", "beginning", "of"], .plain),
        DatePreposition(["the", "beginning", "of"], .plain),
        DatePreposition(["at", "the", "start", "of"], .plain),
        DatePreposition(["the", "start", "of"], .plain),
        DatePreposition(["in", "the", "middle", "of"], .plain),
        DatePreposition(["in"], .plain),
        DatePreposition(["on"], .plain),
        DatePreposition(["at"], .plain),
        DatePreposition(["during"], .plain),
        DatePreposition(["throughout"], .plain),
        DatePreposition(["from"], .from),
        DatePreposition(["between"], .plain),
        DatePreposition(["around"], .plain),
        DatePreposition(["about"], .plain),
        DatePreposition(["circa"], .plain),
        DatePreposition(["of"], .of),
        DatePreposition(["for"], .for),
        DatePreposition(["over"], .for),
        DatePreposition(["within"], .for),
    ]

    /// Words before a date that make it a frequency or a span, never the date of an event:
    /// "every year", "each month", "per year", "for the past 2 years".
    static let frequencyWords: Set<String> = ["every", "each", "per", "a", "an"]

    /// Words that make a date a remembrance of another date: "the 10th anniversary".
    static let anniversaryWords: Set<String> = [
        "anniversary", "anniversaries", "centenary", "centennial", "bicentenary", "bicentennial", "jubilee",
        "commemoration", "commemorations",
    ]

    /// Nouns after which a date is someone's age or a span: "at the age of", "aged".
    static let ageWords: Set<String> = ["age", "aged", "old", "older", "younger"]
}
