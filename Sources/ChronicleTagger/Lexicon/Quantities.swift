extension Lexicon {
    /// Words after a number that make it an amount, never a year: "1,500 troops", "2019 million".
    static let quantityWords: [String] = [
        "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred",
        "percent", "per", "pct", "dollars", "dollar", "dlrs", "cents", "euros", "pounds", "yen", "yuan", "won",
        "francs", "marks", "rubles", "shares", "share", "people", "persons", "men", "women", "children",
        "troops", "soldiers", "workers", "employees", "refugees", "defectors", "defections", "deaths",
        "votes", "tons", "tonnes", "barrels", "miles", "kilometers", "kilometres", "km", "meters", "metres",
        "feet", "foot", "acres", "hectares", "points", "units", "cases", "copies", "pages", "seats", "members",
        "cars", "vehicles", "flights", "passengers", "students", "jobs", "homes", "houses", "households",
        "stores", "square", "kg", "mph", "calories", "degrees", "times", "mw", "gallons", "liters", "litres",
        "prisoners", "victims", "residents", "inhabitants", "patients", "cattle", "head", "rounds", "missiles",
        "gmt", "utc", "hours", "hrs", "yards", "inches", "block",
    ]

    /// Words before a number that make it a name or a count, never a year: "Resolution 2397", "No. 1998".
    static let numberedWords: [String] = [
        "resolution", "resolutions", "law", "no", "nos", "number", "numbers", "article", "articles",
        "section", "sections", "chapter", "paragraph", "clause", "item", "page", "pages", "flight", "route",
        "room", "suite", "box", "apt", "apartment", "model", "version", "code", "decree", "order", "bill",
        "case", "docket", "ordinance", "directive", "regulation", "convention", "protocol", "file", "ref",
        "exhibit", "table", "figure", "fig", "vol", "volume", "issue", "highway", "interstate", "road",
        "street", "st", "avenue", "ave", "platform", "gate", "seat", "row", "lot", "unit", "division",
        "battalion", "brigade", "squad", "bus", "train", "channel", "id", "iso", "rfc", "pp", "p", "ch",
        "cap", "art", "sec", "census", "class", "grade", "level", "tier", "phase", "step", "stage",
        "zip", "area", "district", "ward", "precinct", "block", "building", "tower",
        "floor", "pier", "berth", "dock", "terminal", "hall", "catalog", "catalogue", "serial", "patent",
        "ldc", "hr", "sb", "ab", "gs",
    ]

    /// Nouns whose "of" after "a" or "an" takes a count, not a year: "a population of 1900", "a crowd
    /// of 1800", "a death toll of 1500" (but "a repeat of 1929" is that year).
    static let countedNouns: [String] = [
        "population", "crowd", "total", "tally", "toll", "sum", "budget", "capacity", "maximum", "minimum",
        "average", "audience", "attendance", "turnout", "workforce", "staff", "army", "force", "fleet", "herd",
        "flock", "salary", "fine", "price", "cost", "score", "distance", "height", "depth", "altitude", "elevation",
        "weight", "length", "membership", "enrollment", "enrolment", "circulation", "readership",
    ]

    /// Nouns the adjective "minute" (tiny) qualifies: "a minute amount", "minute traces".
    static let tinyThings: [String] = [
        "amount", "amounts", "quantity", "quantities", "fraction", "trace", "traces", "detail", "details",
        "particle", "particles", "portion", "percentage", "difference", "differences", "changes", "organisms",
    ]

    /// Currency marks and codes written before an amount: "$1,200", "KRW1.6", "US$ 2000".
    static let currencyWords: [String] = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "krw", "kpw", "inr", "rub", "chf", "cad", "aud", "hkd",
        "dlrs", "yen", "won", "yuan", "euro", "euros",
    ]

    /// Time zone abbreviations that may follow a clock time.
    static let timeZones: [String] = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "jst",
        "kst", "ist", "et", "pt", "ct", "mt", "z",
    ]

    /// Regions whose names make a time zone with "time" ("Eastern time", "Pacific Standard Time").
    static let timeZoneRegions: [String] = ["eastern", "central", "mountain", "pacific", "atlantic"]

    /// The other words of a time zone spelled out: "local time", "Eastern Standard Time".
    static let timeZoneWords: [String] = ["local", "standard", "daylight", "time"]
}

extension Lexicon {
    /// Words before "a day", "a year" that make it a frequency: "twice a week", "$1 billion a year".
    /// Words of how often before "a year", "a month": "twice a year", "three times a month" (not
    /// a rate, "$5 million a year").
    static let frequencyWords: [String] = ["once", "twice", "thrice", "times"]

    static let frequencyLeads: [String] = [
        "times", "twice", "once", "thrice", "million", "billion", "trillion", "thousand", "hundred", "percent",
        "dozens", "hundreds", "thousands", "millions", "billions", "dollars", "cents",
    ]
}

extension Lexicon {
    /// Words that end a street name, after which a number is a house number: "1600 Pennsylvania Avenue".
    static let streetWords: [String] = [
        "avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place",
        "square", "parkway", "highway", "plaza", "court",
    ]
}

extension Lexicon {
    /// Words that set one amount against another: "up from $3 million", "compared with", "higher than".
    static let comparisonWords: [String] = ["from", "than", "compared", "versus", "vs", "against"]
}

extension Lexicon {
    /// Words after "a month" that make it a span from an event, not a rate: "sold 500 shares a month
    /// later", "30 people a year ago" ("or" only before a count: "a day or two", not "two drinks a day
    /// or fewer").
    static let afterCountedUnit: [String] = [
        "later", "earlier", "after", "before", "ago", "from", "since", "into", "and", "to", "of", "long", "old",
    ]

    /// Units of distance or data before "per hour", "a second": a speed, no rate of events ("30 miles
    /// per hour", "60 kilometers an hour", "100 megabits per second").
    static let speedUnits: [String] = [
        "miles", "kilometers", "kilometres", "km", "meters", "metres", "feet", "yards", "inches", "knots",
        "centimeters", "centimetres", "millimeters", "millimetres", "bits", "bytes", "kilobits", "megabits",
        "gigabits", "kilobytes", "megabytes", "gigabytes", "frames",
    ]
}
