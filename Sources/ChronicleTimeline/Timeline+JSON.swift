import ChronicleText
import Foundation

// The timeline's JSON form, documented in docs/timeline-json.md. Keys are sorted and numbers
// rounded so the same timeline always gives the same bytes.

extension Timeline {
    /// The timeline as JSON (UTF-8, pretty-printed, sorted keys, trailing newline).
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail.
        var data = try! encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a timeline from JSON written by ``jsonData()``.
    ///
    /// Throws `DecodingError` for malformed input and ``TimelineJSONError`` for a schema version
    /// this Chronicle does not know.
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(Timeline.self, from: data)
    }
}

/// A timeline JSON file Chronicle cannot read.
public struct TimelineJSONError: Error, CustomStringConvertible {
    public var description: String
}

extension Timeline: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, title, subtitle, sources, categories, events, presentation, warnings
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Timeline.schemaVersion, forKey: .schemaVersion)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(subtitle, forKey: .subtitle)
        try container.encode(sources, forKey: .sources)
        try container.encode(categories, forKey: .categories)
        try container.encode(events, forKey: .events)
        try container.encode(presentation, forKey: .presentation)
        try container.encode(warnings, forKey: .warnings)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version <= Timeline.schemaVersion else {
            throw TimelineJSONError(
                description: "schemaVersion \(version) is newer than this Chronicle reads (\(Timeline.schemaVersion))")
        }
        self.init(
            title: try container.decode(String.self, forKey: .title),
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            sources: try container.decodeIfPresent([Source].self, forKey: .sources) ?? [],
            categories: try container.decodeIfPresent([Category].self, forKey: .categories) ?? [],
            events: try container.decodeIfPresent([Event].self, forKey: .events) ?? [],
            presentation: try container.decodeIfPresent(Presentation.self, forKey: .presentation) ?? Presentation(),
            warnings: try container.decodeIfPresent([String].self, forKey: .warnings) ?? [])
    }
}

extension Event: Codable {
    enum CodingKeys: String, CodingKey {
        case id, date, title, summary, category, importance, citations, pinned, origin, link
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(JSONDate(date), forKey: .date)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(category, forKey: .category)
        try container.encode((importance * 100).rounded() / 100, forKey: .importance)
        try container.encode(citations, forKey: .citations)
        try container.encode(isPinned, forKey: .pinned)
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(link, forKey: .link)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            date: try container.decode(JSONDate.self, forKey: .date).date,
            title: try container.decode(String.self, forKey: .title),
            summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
            category: try container.decodeIfPresent(String.self, forKey: .category) ?? Category.general.id,
            importance: try container.decodeIfPresent(Double.self, forKey: .importance) ?? 0.5,
            citations: try container.decodeIfPresent([Citation].self, forKey: .citations) ?? [],
            isPinned: try container.decodeIfPresent(Bool.self, forKey: .pinned) ?? false,
            origin: try container.decodeIfPresent(Event.Origin.self, forKey: .origin) ?? .extracted,
            link: try container.decodeIfPresent(String.self, forKey: .link))
    }
}

/// An `EventDate` in JSON: `value` is the TIMEX3 value (`FROM/TO` for an interval), `start` and
/// `end` the two ends (equal for a point), `text` the date as people write it.
struct JSONDate: Codable {
    var value: String
    var start: String
    var end: String
    var precision: String
    var approximate: Bool
    /// `early`, `mid` or `late` for a point that names part of its period ("mid-2017").
    var phase: String?
    var text: String

    init(_ date: EventDate) {
        value = date.timex
        start = date.start.timex
        end = date.end.timex
        precision = date.precision.name
        approximate = date.isApproximate
        if case .point(let point) = date { phase = point.phase?.rawValue }
        text = date.formatted(.long)
    }

    var date: EventDate {
        get throws {
            guard var parsed = EventDate(parsing: value) else {
                throw TimelineJSONError(description: "not a date value: \(value)")
            }
            if approximate, case .point(let point) = parsed { parsed = .point(point.approximate()) }
            if let phase {
                guard let named = TimePoint.Phase(rawValue: phase), case .point(let point) = parsed else {
                    throw TimelineJSONError(description: "not a phase of a date: \(phase)")
                }
                parsed = .point(point.phased(named))
            }
            return parsed
        }
    }
}

extension Citation: Codable {
    enum CodingKeys: String, CodingKey { case source, quote, start, end }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sourceID, forKey: .source)
        try container.encode(quote, forKey: .quote)
        try container.encode(range.lowerBound, forKey: .start)
        try container.encode(range.upperBound, forKey: .end)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start <= end else {
            throw TimelineJSONError(description: "citation range \(start)..<\(end) is out of order")
        }
        self.init(
            sourceID: try container.decode(String.self, forKey: .source),
            quote: try container.decode(String.self, forKey: .quote), range: start..<end)
    }
}

extension Source: Codable {
    enum CodingKeys: String, CodingKey { case id, title, path, url, label, date }

    struct JSONDocumentDate: Codable {
        var value: String
        var precision: String
        var origin: DocumentDate.Origin
        var evidence: String
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(label, forKey: .label)
        if let date {
            try container.encode(
                JSONDocumentDate(
                    value: date.point.timex, precision: date.point.precision.name, origin: date.origin,
                    evidence: date.evidence), forKey: .date)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var date: DocumentDate?
        if let json = try container.decodeIfPresent(JSONDocumentDate.self, forKey: .date) {
            guard let point = TimePoint(timex: json.value) else {
                throw TimelineJSONError(description: "not a date value: \(json.value)")
            }
            date = DocumentDate(point, origin: json.origin, evidence: json.evidence)
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            path: try container.decodeIfPresent(String.self, forKey: .path),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            label: try container.decodeIfPresent(String.self, forKey: .label), date: date)
    }
}

extension Category: Codable {
    enum CodingKeys: String, CodingKey { case id, name, keywords }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
            keywords: try container.decodeIfPresent([String].self, forKey: .keywords) ?? [])
    }
}

extension Presentation: Codable {
    enum CodingKeys: String, CodingKey { case page, orientation, scale, theme, lanes }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page.rawValue, forKey: .page)
        try container.encode(orientation.rawValue, forKey: .orientation)
        try container.encode(scale.rawValue, forKey: .scale)
        try container.encode(theme.rawValue, forKey: .theme)
        try container.encode(lanes, forKey: .lanes)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func decode<T: RawRepresentable>(_ key: CodingKeys, _ fallback: T) throws -> T where T.RawValue == String {
            guard let raw = try container.decodeIfPresent(String.self, forKey: key) else { return fallback }
            guard let value = T(rawValue: raw) else {
                throw TimelineJSONError(description: "presentation.\(key.stringValue): unknown value \(raw)")
            }
            return value
        }
        self.init(
            page: try decode(.page, .a4), orientation: try decode(.orientation, .landscape),
            scale: try decode(.scale, .compressed), theme: try decode(.theme, .light),
            lanes: try container.decodeIfPresent(Bool.self, forKey: .lanes) ?? true)
    }
}
