/// The classes a word can belong to; a word may belong to several ("second" is an ordinal and a unit).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let month = WordClass(rawValue: 1 << 0)
    static let monthAbbreviation = WordClass(rawValue: 1 << 1)
    static let weekday = WordClass(rawValue: 1 << 2)
    static let weekdayAbbreviation = WordClass(rawValue: 1 << 3)
    static let cardinal = WordClass(rawValue: 1 << 4)
    static let ordinal = WordClass(rawValue: 1 << 5)
    static let ordinalSuffix = WordClass(rawValue: 1 << 6)
    static let vagueCount = WordClass(rawValue: 1 << 7)
    static let unit = WordClass(rawValue: 1 << 8)
    static let season = WordClass(rawValue: 1 << 9)
    static let dayPart = WordClass(rawValue: 1 << 10)
    static let relation = WordClass(rawValue: 1 << 11)
    static let decadeWord = WordClass(rawValue: 1 << 12)
    static let quantity = WordClass(rawValue: 1 << 13)
    static let numbered = WordClass(rawValue: 1 << 14)
    static let currency = WordClass(rawValue: 1 << 15)
    static let timeZone = WordClass(rawValue: 1 << 16)
    static let ambiguousMonth = WordClass(rawValue: 1 << 17)
    static let yearPreposition = WordClass(rawValue: 1 << 18)
    static let amountWord = WordClass(rawValue: 1 << 19)
    static let futureCue = WordClass(rawValue: 1 << 20)
    static let pastCue = WordClass(rawValue: 1 << 21)
    static let pastAuxiliary = WordClass(rawValue: 1 << 22)
    static let futureBeforeTo = WordClass(rawValue: 1 << 23)
    static let participle = WordClass(rawValue: 1 << 24)
    static let street = WordClass(rawValue: 1 << 25)
    static let presentSchedule = WordClass(rawValue: 1 << 26)
    static let determiner = WordClass(rawValue: 1 << 27)
    static let planVerb = WordClass(rawValue: 1 << 28)
    static let modal = WordClass(rawValue: 1 << 29)
    static let comparison = WordClass(rawValue: 1 << 30)
    static let auxiliary = WordClass(rawValue: 1 << 31)
    static let perfect = WordClass(rawValue: 1 << 32)
    static let subjectPronoun = WordClass(rawValue: 1 << 33)
    static let presentCopula = WordClass(rawValue: 1 << 34)
    static let possessive = WordClass(rawValue: 1 << 35)
    static let passiveHelper = WordClass(rawValue: 1 << 36)
    static let retiming = WordClass(rawValue: 1 << 37)
    static let participleAdverb = WordClass(rawValue: 1 << 38)
    static let abbreviation = WordClass(rawValue: 1 << 39)
    static let scheduleWithObject = WordClass(rawValue: 1 << 40)
    static let scheduleObject = WordClass(rawValue: 1 << 41)
    static let circaAbbreviation = WordClass(rawValue: 1 << 42)
    static let likelihood = WordClass(rawValue: 1 << 43)
    static let dayRangeConnector = WordClass(rawValue: 1 << 44)
    static let gameWord = WordClass(rawValue: 1 << 45)
    /// A word of a spelled-out time zone: "local", "Eastern", "standard", "time".
    static let zoneWord = WordClass(rawValue: 1 << 46)
    static let pastDenial = WordClass(rawValue: 1 << 47)
    static let temperatureWord = WordClass(rawValue: 1 << 48)
    static let openingHours = WordClass(rawValue: 1 << 49)
    static let preposition = WordClass(rawValue: 1 << 50)
    static let frequencyWord = WordClass(rawValue: 1 << 51)
    static let contractWord = WordClass(rawValue: 1 << 52)
    static let datingParticiple = WordClass(rawValue: 1 << 53)
    static let reportingVerb = WordClass(rawValue: 1 << 54)
    /// "about", "approximately": a hedge that bounds a year after a preposition ("since about 1818").
    static let yearHedge = WordClass(rawValue: 1 << 55)
    /// "agreed", "voted": a decision whose infinitive looks ahead of it ("voted to hold elections in the spring").
    static let commitVerb = WordClass(rawValue: 1 << 56)
    /// "population", "crowd": a noun whose "of" takes a count ("a population of 1900").
    static let countedNoun = WordClass(rawValue: 1 << 57)
    /// "starts", "began": the start of a period ("fiscal 2014, which starts in July").
    static let startVerb = WordClass(rawValue: 1 << 58)
    /// "hot", "cooler": before a number, a temperature's ("hot 90s today, then cooler 80s").
    static let weatherAdjective = WordClass(rawValue: 1 << 59)
    /// "Times", "Call": capitalized after a weekday or part of the day, a paper's name ("the Sunday Times").
    static let mastheadWord = WordClass(rawValue: 1 << 60)
    /// "vote", "deadline": an event set for a day, which a possessive day names as the clause places it.
    static let scheduledEvent = WordClass(rawValue: 1 << 61)
    /// "recognize", "overturn": a verb that judges an event held already ("will never recognize
    /// Sunday's vote").
    static let judgingVerb = WordClass(rawValue: 1 << 62)
    /// "chance", "odds": before "of", a forecast that looks ahead (`Lexicon.forecastNouns`).
    static let forecastNoun = WordClass(rawValue: 1 << 63)
}

/// What the lexicon says about one word.
struct WordInfo: Sendable {
    var classes: WordClass = []
    var month: Int8 = 0
    var weekday: Int8 = 0
    var cardinal: Int16 = 0
    var ordinal: Int8 = 0
    var unit: Int8 = 0
    var isPlural = false
    var season: Int8 = 0
    var dayPart: Int8 = 0
    var relationOffset: Int8 = 0
    var relationAnchoring: Anchoring = .speech
    var decade: Int8 = 0
}

/// Every word the lexicon and the rules know, compiled once into a lookup table: a token's `code`
/// is its index in `words`.
struct Vocabulary: Sendable {
    private(set) var table = WordTable()
    private(set) var words: [WordInfo] = []
    private(set) var spellings: [String] = []

    /// The id of a word, adding it when new. Words are lowercase ASCII letters.
    mutating func id(_ word: String) -> Int32 {
        let existing = table.value(of: word)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        table.insert(word, value: id)
        words.append(WordInfo())
        spellings.append(word)
        return id
    }

    /// The id of a known word; -1 when the vocabulary lacks it.
    func lookup(_ word: String) -> Int32 { table.value(of: word) }

    /// Adds a class to a word and lets `update` set its value.
    mutating func add(_ word: String, _ wordClass: WordClass, _ update: (inout WordInfo) -> Void = { _ in }) {
        let index = Int(id(word))
        words[index].classes.insert(wordClass)
        update(&words[index])
    }

    @inline(__always) func info(_ token: Token) -> WordInfo? {
        token.kind == .word && token.code >= 0 ? words[Int(token.code)] : nil
    }

    @inline(__always) func classes(_ token: Token) -> WordClass {
        token.kind == .word && token.code >= 0 ? words[Int(token.code)].classes : []
    }

    /// The lexicon's words with their classes.
    static func english() -> Vocabulary {
        var vocabulary = Vocabulary()
        for (word, month) in Lexicon.monthNames {
            vocabulary.add(word, .month) { $0.month = Int8(month) }
        }
        for (word, month) in Lexicon.monthAbbreviations {
            vocabulary.add(word, .monthAbbreviation) { $0.month = Int8(month) }
        }
        for word in Lexicon.ambiguousMonthNames { vocabulary.add(word, .ambiguousMonth) }
        for (word, weekday) in Lexicon.weekdayNames {
            vocabulary.add(word, .weekday) { $0.weekday = Int8(weekday) }
        }
        for (word, weekday) in Lexicon.weekdayPlurals {
            vocabulary.add(word, .weekday) {
                $0.weekday = Int8(weekday)
                $0.isPlural = true
            }
        }
        for (word, weekday) in Lexicon.weekdayAbbreviations {
            vocabulary.add(word, .weekdayAbbreviation) { $0.weekday = Int8(weekday) }
        }
        for (word, value) in Lexicon.cardinals {
            vocabulary.add(word, .cardinal) { $0.cardinal = Int16(value) }
        }
        for (word, value) in Lexicon.ordinals {
            vocabulary.add(word, .ordinal) { $0.ordinal = Int8(value) }
        }
        for word in Lexicon.ordinalSuffixes { vocabulary.add(word, .ordinalSuffix) }
        for word in Lexicon.vagueCounts { vocabulary.add(word, .vagueCount) }
        for (word, unit, plural) in Lexicon.units {
            vocabulary.add(word, .unit) {
                $0.unit = Int8(unit.rawValue)
                $0.isPlural = plural
            }
        }
        for (word, season) in Lexicon.seasons {
            vocabulary.add(word, .season) { $0.season = Int8(season.rawValue) }
        }
        for (word, part, plural) in Lexicon.partsOfDay {
            vocabulary.add(word, .dayPart) {
                $0.dayPart = Int8(part.rawValue)
                $0.isPlural = plural
            }
        }
        for (word, offset, anchoring) in Lexicon.relations {
            vocabulary.add(word, .relation) {
                $0.relationOffset = Int8(offset)
                $0.relationAnchoring = anchoring
            }
        }
        for (word, tens) in Lexicon.decadeWords {
            vocabulary.add(word, .decadeWord) { $0.decade = Int8(tens) }
        }
        for word in Lexicon.quantityWords { vocabulary.add(word, .quantity) }
        for word in Lexicon.numberedWords { vocabulary.add(word, .numbered) }
        for word in Lexicon.currencyWords { vocabulary.add(word, .currency) }
        for word in Lexicon.timeZones { vocabulary.add(word, .timeZone) }
        for word in Lexicon.yearPrepositions { vocabulary.add(word, .yearPreposition) }
        for word in Lexicon.amountWords { vocabulary.add(word, .amountWord) }
        for word in Lexicon.countedNouns { vocabulary.add(word, .countedNoun) }
        for word in Lexicon.startVerbs { vocabulary.add(word, .startVerb) }
        for word in Lexicon.prepositions { vocabulary.add(word, .preposition) }
        for word in Lexicon.frequencyWords { vocabulary.add(word, .frequencyWord) }
        for word in Lexicon.contractWords { vocabulary.add(word, .contractWord) }
        for word in Lexicon.datingParticiples { vocabulary.add(word, .datingParticiple) }
        for word in Lexicon.reportingVerbs { vocabulary.add(word, .reportingVerb) }
        for word in Lexicon.futureCues { vocabulary.add(word, .futureCue) }
        for word in Lexicon.pastCues { vocabulary.add(word, .pastCue) }
        for word in Lexicon.pastAuxiliaries { vocabulary.add(word, .pastAuxiliary) }
        for word in Lexicon.pastDenials { vocabulary.add(word, .pastDenial) }
        for word in Lexicon.futureBeforeTo { vocabulary.add(word, .futureBeforeTo) }
        for word in Lexicon.participles { vocabulary.add(word, .participle) }
        for word in Lexicon.streetWords { vocabulary.add(word, .street) }
        for word in Lexicon.presentScheduleVerbs { vocabulary.add(word, .presentSchedule) }
        for word in Lexicon.scheduleVerbsWithObject { vocabulary.add(word, .scheduleWithObject) }
        for word in Lexicon.scheduleObjects { vocabulary.add(word, .scheduleObject) }
        for word in Lexicon.circaAbbreviations { vocabulary.add(word, .circaAbbreviation) }
        for word in Lexicon.yearHedges { vocabulary.add(word, .yearHedge) }
        for word in Lexicon.likelihoods { vocabulary.add(word, .likelihood) }
        for word in Lexicon.forecastNouns { vocabulary.add(word, .forecastNoun) }
        for word in Lexicon.dayRangeConnectors { vocabulary.add(word, .dayRangeConnector) }
        for word in Lexicon.gameWords { vocabulary.add(word, .gameWord) }
        for word in Lexicon.temperatureWords { vocabulary.add(word, .temperatureWord) }
        for word in Lexicon.weatherAdjectives { vocabulary.add(word, .weatherAdjective) }
        for word in Lexicon.mastheadWords { vocabulary.add(word, .mastheadWord) }
        for word in Lexicon.scheduledEvents { vocabulary.add(word, .scheduledEvent) }
        for word in Lexicon.judgingVerbs { vocabulary.add(word, .judgingVerb) }
        for word in Lexicon.openingHoursWords { vocabulary.add(word, .openingHours) }
        for word in Lexicon.timeZoneRegions + Lexicon.timeZoneWords { vocabulary.add(word, .zoneWord) }
        for word in Lexicon.determiners { vocabulary.add(word, .determiner) }
        for word in Lexicon.planVerbs { vocabulary.add(word, .planVerb) }
        for word in Lexicon.commitVerbs { vocabulary.add(word, .commitVerb) }
        for word in Lexicon.modals { vocabulary.add(word, .modal) }
        for word in Lexicon.comparisonWords { vocabulary.add(word, .comparison) }
        for word in Lexicon.auxiliaries { vocabulary.add(word, .auxiliary) }
        for word in Lexicon.perfectAuxiliaries { vocabulary.add(word, .perfect) }
        for word in Lexicon.subjectPronouns { vocabulary.add(word, .subjectPronoun) }
        for word in Lexicon.presentCopulas { vocabulary.add(word, .presentCopula) }
        for word in Lexicon.possessives { vocabulary.add(word, .possessive) }
        for word in Lexicon.passiveHelpers { vocabulary.add(word, .passiveHelper) }
        for word in Lexicon.retimingPrepositions { vocabulary.add(word, .retiming) }
        for word in Lexicon.participleAdverbs { vocabulary.add(word, .participleAdverb) }
        for word in Lexicon.abbreviations { vocabulary.add(word, .abbreviation) }
        return vocabulary
    }
}
