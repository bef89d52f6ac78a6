import ChronicleText
import ChronicleTimeline

/// A deterministic random sequence (SplitMix64), the same on every machine and Swift version.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 to `bound - 1`.
    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// Hand-made timelines for the renderer tests and golden files. Their text is written for the
/// tests: a river basin's floods, dams and politics.
enum Fixtures {
    static let categories = [
        Category(id: "politics", name: "Politics"), Category(id: "water", name: "Water"),
        Category(id: "economy", name: "Economy"), Category(id: "migration", name: "Migration"),
    ]

    static let sources = [
        Source(
            id: "basin-report", title: "Basin authority annual report", path: "sources/basin-report.txt",
            date: DocumentDate(.year(2019), origin: .given)),
        Source(
            id: "relief-update", title: "Relief update: the northern floods", url: "https://example.org/relief",
            date: DocumentDate(.day(2020, 3, 2)!, origin: .metadata)),
        Source(id: "wire", title: "Wire archive", label: "Northern Wire"),
    ]

    static func cite(_ source: String, _ quote: String) -> Citation {
        Citation(sourceID: source, quote: quote, range: 0..<quote.unicodeScalars.count)
    }

    /// One event with one source.
    static let oneEvent = Timeline(
        title: "The dam deadline", subtitle: "Briefing timeline", sources: [sources[0]],
        categories: [categories[1]],
        events: [
            Event(
                id: "dam-deadline-2019-12-22", date: .point(.day(2019, 12, 22)!),
                title: "Deadline for repairing the northern dams passes", category: "water", importance: 0.8,
                citations: [cite("basin-report", "The repairs were due by 22 December 2019 and were not made.")])
        ])

    /// Two hundred events in 2021, in four categories: far more than an A4 page can label.
    static let crowdedYear: Timeline = {
        var random = SeededRandom(seed: 2021)
        let subjects = ["Council", "Basin authority", "Court", "Ministry", "Harbor board", "Union", "Relief agency"]
        let verbs = ["approves", "rejects", "delays", "publishes", "questions", "funds", "suspends", "extends"]
        let objects = [
            "the dam repair budget", "a ruling on water rights", "the flood relief plan", "grain export quotas",
            "the census of displaced families", "new levee contracts", "the river treaty talks",
            "a strike at the docks",
        ]
        var events: [Event] = []
        for index in 0..<200 {
            let month = 1 + random.int(12)
            let day = 1 + random.int(28)
            let title = "\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects))"
            let source = random.pick(sources)
            events.append(
                Event(
                    id: "crowded-\(index)", date: .point(.day(2021, month, day)!), title: title,
                    category: random.pick(categories).id, importance: Double(random.int(100)) / 100,
                    citations: [cite(source.id, "On that day the \(title.lowercased()), the report says.")]))
        }
        events.sort { $0.date < $1.date }
        return Timeline(
            title: "A crowded year on the river", subtitle: "Two hundred events in 2021", sources: sources,
            categories: categories, events: events)
    }()

    /// From 500 BCE to 2024: approximate dates, BCE years, a BCE interval, and long empty stretches.
    static let twentyFiveCenturies: Timeline = {
        func year(_ historical: Int, bce: Bool = false) -> TimePoint { .year(bce ? 1 - historical : historical) }
        let rows: [(EventDate, String, String, Double)] = [
            (.point(year(500, bce: true).approximate()), "First canals dug along the river", "water", 0.7),
            (.point(year(480, bce: true)), "Delta towns form a league", "politics", 0.6),
            (
                .interval(from: year(431, bce: true), to: year(404, bce: true)), "War between the river leagues",
                "politics", 0.8
            ),
            (.point(year(331, bce: true).approximate()), "Granaries built at the ford", "economy", 0.5),
            (.point(year(44, bce: true)), "Governor of the delta deposed", "politics", 0.4),
            (.point(year(79).approximate()), "Great flood buries the lower town", "water", 0.9),
            (.point(year(476)), "Old bridge collapses", "economy", 0.3),
            (.point(.century(10)), "Terraces spread up the valley", "economy", 0.5),
            (.point(year(1347)), "Plague reaches the river ports", "migration", 0.6),
            (.point(.decade(148)), "Mills line the upper river", "economy", 0.4),
            (.point(year(1789)), "Basin assembly meets for the first time", "politics", 0.7),
            (.interval(from: year(1914), to: year(1918)), "War closes the river to trade", "politics", 0.9),
            (.point(.month(1929, 10)!), "Grain prices collapse", "economy", 0.6),
            (.point(.day(1953, 2, 1)!), "Storm surge floods the delta", "water", 0.9),
            (.point(.season(1989, .fall)), "Border crossings reopen", "migration", 0.7),
            (.point(.quarter(2008, 4)!), "Banks stop lending to farmers", "economy", 0.5),
            (.point(.month(2020, 8)!), "Border closed to river traffic", "migration", 0.8),
            (.point(.time(2024, 6, 9, hour: 21, minute: 30)!), "Polls close in the basin election", "politics", 0.6),
        ]
        let events = rows.enumerated().map { offset, row in
            Event(
                id: "century-\(offset)", date: row.0, title: row.1, category: row.2, importance: row.3,
                citations: offset % 3 == 0 ? [cite("wire", "\(row.1), the archive records.")] : [])
        }
        return Timeline(
            title: "Twenty-five centuries of the river", subtitle: "From 500 BCE to 2024", sources: [sources[2]],
            categories: categories, events: events.sorted { $0.date < $1.date })
    }()

    /// Periods that overlap one another, in three categories.
    static let overlappingPeriods: Timeline = {
        func month(_ year: Int, _ month: Int) -> TimePoint { .month(year, month)! }
        let rows: [(EventDate, String, String)] = [
            (.interval(from: .year(2010), to: .year(2020)), "A decade of dam building", "water"),
            (.interval(from: .year(2011), to: .year(2015)), "Drought across the plains", "economy"),
            (
                .interval(from: .year(2012), to: .year(2016)), "Camps for displaced families at the border",
                "migration"
            ),
            (.interval(from: month(2012, 3), to: month(2013, 6)), "Talks on the river treaty", "politics"),
            (.interval(from: month(2013, 1), to: month(2013, 12)), "Grain exports banned", "economy"),
            (.interval(from: .day(2014, 5, 1)!, to: .day(2014, 5, 20)!), "Strike at the harbor", "economy"),
            (.interval(from: TimePoint.year(2016).approximate(), to: .year(2019)), "Levees rebuilt", "water"),
            (.point(.month(2015, 6)!), "River treaty signed", "politics"),
            (.point(.season(2013, .summer)), "Floods in the north", "water"),
        ]
        let events = rows.enumerated().map { offset, row in
            Event(
                id: "period-\(offset)", date: row.0, title: row.1, category: row.2, importance: 0.6,
                citations: [cite(sources[offset % 2].id, "\(row.1), as reported.")])
        }
        return Timeline(
            title: "Overlapping periods", sources: Array(sources.prefix(2)), categories: categories,
            events: events.sorted { $0.date < $1.date })
    }()

    /// A random timeline for property tests: any size, span, mix of precisions and categories.
    static func random(seed: UInt64, count: Int) -> Timeline {
        var random = SeededRandom(seed: seed)
        let span = [1, 3, 40, 400, 3000][random.int(5)]
        let startYear = [2020, 1990, 1900, 1500, -600][random.int(5)]
        let words = ["dam", "council", "harbor", "flood", "treaty", "grain", "levee", "court", "border", "strike"]
        var events: [Event] = []
        for index in 0..<count {
            let year = startYear + random.int(span)
            var date: EventDate
            switch random.int(8) {
            case 0: date = .point(.year(year))
            case 1: date = .point(TimePoint.month(year, 1 + random.int(12))!.approximate())
            case 2: date = .interval(from: .year(year), to: .year(year + random.int(span / 4 + 1)))
            case 3: date = .point(.quarter(year, 1 + random.int(4))!)
            default: date = .point(.day(year, 1 + random.int(12), 1 + random.int(28))!)
            }
            if case .interval(let from, let to) = date, to < from { date = .interval(from: to, to: from) }
            let title = (0..<(1 + random.int(14))).map { _ in random.pick(words) }.joined(separator: " ")
            events.append(
                Event(
                    id: "random-\(index)", date: date, title: title, category: random.pick(categories).id,
                    importance: Double(random.int(100)) / 100))
        }
        let orientation: Presentation.Orientation = random.int(2) == 0 ? .landscape : .portrait
        let page: Presentation.Page = [.a4, .letter, .fit][random.int(3)]
        return Timeline(
            title: "Random timeline \(seed)", categories: categories, events: events.sorted { $0.date < $1.date },
            presentation: Presentation(
                page: page, orientation: orientation, scale: random.int(2) == 0 ? .linear : .compressed,
                lanes: random.int(3) != 0))
    }
}
