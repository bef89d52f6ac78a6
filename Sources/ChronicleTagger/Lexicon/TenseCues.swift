extension Lexicon {
    /// Words that, as the nearest tense-bearing word in the sentence, say an expression lies ahead:
    /// "will meet Friday", "is scheduled to close Monday", "plans to double its flights by August".
    /// "Until" is read apart: see `ClauseTense`.
    static let futureCues: [String] = [
        "will", "shall", "ll", "going", "scheduled", "expected", "expects", "expect", "planning", "planned", "due",
        "upcoming", "soon", "resume", "resumes", "intends", "intend", "aims",
        "hopes", "would", "wo", "await", "awaits", "awaiting", "payable", "effective", "expire", "expires",
        "deadline", "next", "tomorrow",
    ]

    /// Auxiliaries a verb group passes through on its way to a participle: "will be named", "would
    /// have been paid", "will remain closed", "will stay shut".
    static let auxiliaries: [String] = [
        "will", "shall", "ll", "would", "be", "been", "have", "not", "also", "then", "remain", "remains", "remained",
        "stay", "stays", "stayed",
    ]

    /// Auxiliaries of the past perfect, which put a participle in the past: "had filed". ("has
    /// decided to admit them in March" may still look ahead.)
    static let perfectAuxiliaries: [String] = ["had", "d"]

    /// Pronouns that can only be subjects: a form in "-ed" right after one is an active past ("In
    /// May he resigned"), never a passive or an adjective.
    static let subjectPronouns: [String] = ["he", "she", "they", "we", "i", "who"]

    /// Forms of "be", "have", "get", "remain" and "stay" that can carry a participle ("was
    /// extended", "has closed", "got postponed", "remain closed"): after one, a form in "-ed" may be
    /// passive or perfect, or an adjective, and says less.
    static let passiveHelpers: [String] = [
        "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "gets",
        "got", "gotten", "getting", "not", "remain", "remains", "remained", "stay", "stays", "stayed",
    ]

    /// Short forms written with a period that does not end the sentence: "Roe vs. Wade", "Mr. Smith".
    static let abbreviations: [String] = [
        "vs", "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "maj", "prof",
        "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "ft", "mt", "ave", "rd", "rds", "blvd", "hwy",
    ]

    /// Adverbs that qualify a participle used as an adjective ("a still unspecified date", "the
    /// long delayed vote"); so do words in "-ly" ("a newly elected council").
    static let participleAdverbs: [String] = ["still", "yet", "already", "just", "also", "never", "long", "once", "so"]

    /// Words before a date that can set a new time for a thing ("extended to Nov. 16", "postponed
    /// until Tuesday", "moved up by a week"): after them a past form may speak of a time still ahead.
    static let retimingPrepositions: [String] = ["to", "until", "till", "for", "through", "by"]

    /// Modal verbs, which speak of what is now or to come ("can join in April", "could linger into
    /// the weekend") unless "have" follows ("may have been set afire Monday"); "could not" and "could
    /// be" may be the past of "can" ("could not be reached Friday", "could be located Wednesday").
    static let modals: [String] = ["can", "may", "might", "should", "must", "could"]

    /// Forms of "plan" that point ahead as verbs ("planned a march", "planning to leave") but not as
    /// participles ("a service planned at the university").
    static let planVerbs: [String] = ["planned", "planning"]

    /// Forms of "start" and "begin": after a fiscal year, the month it starts in lies in the calendar
    /// year before the one it is named for ("fiscal 2014, which starts in July" is July 2013).
    static let startVerbs: [String] = ["starts", "started", "starting", "begins", "began", "beginning", "begun"]

    /// Verbs of deciding or committing: what the infinitive after one says is done after the decision,
    /// so a month or season in it lies ahead ("voted to hold elections in the spring", "agreed to
    /// review the budget in March"). Not hopes and wishes, which may have lapsed ("wanted to retire
    /// in March"), nor requests, which may have been met ("was invited to speak in May").
    static let commitVerbs: [String] = [
        "agreed", "agrees", "decided", "decides", "voted", "promised", "promises", "pledged", "pledges", "vowed",
        "vows", "resolved", "threatened", "threatens", "proposed", "proposes", "opted", "arranged", "ordered",
        "orders",
    ]

    /// Words that point ahead only before "to" or "for": "plans to close", "is likely to rise", "more
    /// storms are forecast for Wednesday", "the peak is looking to be Monday", not "the plan" (nor
    /// "looking for", a search); "storms are threatening to pummel the Plains on Monday".
    static let futureBeforeTo: [String] = [
        "plan", "plans", "schedule", "aim", "intend", "hope", "want", "wants", "likely", "poised", "ready",
        "forecast", "slated", "projected", "looking", "looks", "threatening",
    ]

    /// Auxiliaries that put a future word in the past: "was expected Monday", "had been due to expire".
    /// ("has been scheduled for Monday" still lies ahead.)
    static let pastAuxiliaries: [String] = ["had", "was", "were"]

    /// Past forms that deny with "not", "never" or "n't" ("was not called until Wednesday", "didn't
    /// leave until Friday"): the event came at the time "until" names, so it looks back.
    static let pastDenials: [String] = ["did", "didn", "was", "wasn", "were", "weren", "had", "hadn"]

    /// Present forms of verbs that put a scheduled event on a day ahead: "the ministers meet Monday",
    /// "the trial opens Tuesday", "she turns 77 in July", "the chief retires in March", "the exhibition runs
    /// from June 6". After an article they are nouns; after "to", infinitives an
    /// earlier verb governs.
    static let presentScheduleVerbs: [String] = [
        "meet", "meets", "begin", "begins", "start", "starts", "open", "opens", "leave", "leaves", "arrive",
        "arrives", "return", "returns", "visit", "visits", "travel", "travels", "convene", "convenes", "vote",
        "votes", "testify", "testifies", "depart", "departs", "fly", "flies", "plays", "faces", "hosts", "take",
        "takes", "go", "goes", "reopen", "reopens", "close", "closes", "end", "ends", "hold", "holds", "launch",
        "launches", "resume", "resumes", "kick", "kicks", "expire", "expires", "premieres", "airs", "debuts",
        "turns", "retires", "graduates", "celebrates", "run", "runs", "continues", "reconvenes",
    ]

    /// Present forms that are verbs scheduling a day ahead only before what they take ("the company
    /// reports earnings Thursday", "reports its fourth-quarter results in June", "voters head to the
    /// polls Tuesday", "the program draws to a close on Tuesday", "comes to an end on Tuesday"), and
    /// nouns or other verbs otherwise ("news reports Thursday said", "the head of the agency", "the
    /// decision comes two days after").
    static let scheduleVerbsWithObject: [String] = ["report", "reports", "head", "heads", "draws", "comes"]

    /// What follows a verb of `scheduleVerbsWithObject` that makes it one.
    static let scheduleObjects: [String] = ["earnings", "results", "to", "for", "into", "home", "back"]

    /// Present forms of "be" that give a thing its date: "the funeral is Saturday", "the vote is on
    /// Tuesday", "the meeting is in April" lie ahead.
    static let presentCopulas: [String] = ["is", "are"]

    /// Events set for a day: after a possessive day ("Tuesday's vote", "Friday's deadline") the
    /// clause places them, ahead or behind ("will take part in Tuesday's vote", "after Tuesday's
    /// vote, he resigned"); other possessives name an event as known ("overturn Wednesday's ruling").
    static let scheduledEvents: [String] = [
        "deadline", "vote", "votes", "election", "elections", "primary", "primaries", "caucus", "caucuses",
        "referendum", "runoff", "ballot", "meeting", "summit", "talks", "debate", "hearing", "session", "game",
        "match", "race", "final", "rally", "parade", "ceremony", "launch", "premiere", "concert", "inauguration",
        "funeral", "trial", "sentencing", "auction", "showdown", "kickoff", "conference", "speech", "visit",
        "walkout", "strike", "march", "celebration",
    ]

    /// Verbs that judge an event held already: a possessive day of an event after one is past, whatever
    /// the clause plans ("will never recognize Sunday's vote", "will appeal Friday's verdict").
    static let judgingVerbs: [String] = [
        "recognize", "recognise", "accept", "reject", "overturn", "challenge", "contest", "dispute", "annul",
        "invalidate", "certify", "condemn", "respect", "honor", "honour", "review", "investigate", "appeal",
        "denounce", "criticize", "criticise", "examine",
    ]

    /// Words after a month that make it a contract's month, which lies ahead whatever the clause
    /// says: "crude for April delivery fell", "the December contract rose".
    static let contractWords: [String] = ["delivery", "contract", "contracts", "futures"]

    /// Participles that give a thing its date with "for", which is then still to come: "a day of
    /// mourning was declared for Wednesday", "a vote called for Friday", "a heat watch has been
    /// issued for Friday afternoon" (not "paid for March").
    static let datingParticiples: [String] = [
        "declared", "called", "fixed", "booked", "reserved", "rescheduled", "proclaimed", "penciled", "pencilled",
        "earmarked", "timed", "issued",
    ]

    /// Verbs of telling: a day right after one ("the government said Friday") dates the report,
    /// not the story, so the story's date stays the one it counts from.
    static let reportingVerbs: [String] = [
        "said", "says", "announced", "announces", "told", "tells", "reported", "reports", "confirmed", "confirms",
        "disclosed", "revealed", "stated", "added", "warned",
    ]

    /// Words of likelihood between a present "be" and a date, which still gives the thing its date:
    /// "rain is likely Thursday night".
    static let likelihoods: [String] = ["likely", "possible", "probable", "unlikely", "certain"]

    /// Nouns of a forecast that, before "of", look ahead as the nearest tense-bearing word: "a 60
    /// percent chance of favorable weather on Saturday", "the odds of a deal by Friday".
    static let forecastNouns: [String] = ["chance", "chances", "odds", "probability", "possibility"]

    /// Words that make the next word a noun: "the meet", "their return".
    static let determiners: [String] = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
        "any", "each", "every", "whose",
    ]

    /// Past-tense words that do not end in "-ed", which as the nearest tense-bearing word say an
    /// expression lies behind ("met Monday", "said Friday"), and "recently" ("most recently in the
    /// spring").
    static let pastCues: [String] = [
        "said", "was", "were", "had", "did", "met", "came", "went", "began", "took", "gave", "saw", "won",
        "rose", "fell", "knew", "ran", "spoke", "wrote", "chose", "became", "quit", "stood", "fought", "flew",
        "drove", "broke", "ended", "since", "tore", "threw", "drew", "grew", "blew", "wore", "swore", "woke",
        "shook", "sank", "sang", "rang", "swam", "ate", "forgot", "froze", "hid", "rode", "stole", "arose",
        "bore", "strove", "wept", "withdrew", "overthrew", "undertook", "overtook", "oversaw", "shrank",
        "sprang", "forbade", "fled", "slid", "crept", "slept", "knelt", "clung", "strode", "drank", "awoke", "shone",
        "sped", "swung", "flung", "leapt", "recently",
    ]

    /// Past forms that are also participles ("was held", "will be paid"): like a form in "-ed", they
    /// end the search for a tense without saying much.
    static let participles: [String] = [
        "told", "made", "left", "lost", "sent", "held", "got", "found", "thought", "brought", "bought", "paid",
        "led", "struck", "hit", "shot", "cut", "read", "heard", "felt", "kept", "sold", "spent", "caught",
        "taught", "sought", "built", "put",
        // In "-en" and "-n": "the region stricken by a twister during the weekend", "was taken on Friday".
        "stricken", "taken", "broken", "written", "driven", "spoken", "beaten", "shaken", "frozen", "chosen",
        "fallen", "stolen", "hidden", "shown", "thrown", "drawn", "born", "begun", "seen", "sworn", "torn", "worn",
        "forgotten", "ridden", "eaten", "risen", "withdrawn", "undertaken", "overtaken",
    ]
}

extension Lexicon {
    /// Nouns after "today's" that make it the present in general rather than the day: "today's youth".
    static let presentInGeneral: [String] = [
        "world", "youth", "society", "generation", "generations", "children", "students", "young", "economy",
        "standards", "technology", "culture", "families", "era", "age", "climate", "environment", "america",
        "china", "europe", "politics", "media", "market", "markets", "workers", "workplace", "kids", "teenagers",
    ]
}
