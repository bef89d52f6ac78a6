import ChronicleText

/// Finds a document's (or a section's) date in its own text, after the page metadata:
///
/// 1. a dateline: a line that says when the text was published ("Published: 3 March 2021"), or a
///    news dateline opening the first paragraphs ("WASHINGTON, March 3, 2021 — …");
/// 2. a header that states the year a report covers ("Events of 2024"), or a title about a
///    year ("Norland in 2024: …");
/// 3. a report-year header: a title that names a periodical report by its year ("2020 Fisheries
///    Labour Report: …", "Rights Review 2025"). The year names the report's edition, which is
///    the year it is published; such reports describe a period that ends in that year or the
///    year before, so the date is the year alone, never a day, and a writer who knows the period
///    gives it (`--date`, or `date:` in the timeline file);
/// 4. inferred from the text's own explicit dates: the latest one that is not a deadline ("by
///    December 2019"), at most to the month (the text was written then or later), with a warning.
struct DocumentDating {
    var document: Document

    /// The date of the text in `range`, and a warning to record when it is inferred.
    ///
    /// - Parameter datelines: lines the reader removed from the text that state a date
    ///   ("Published: …"), in order.
    func date(in range: TextRange, datelines: [String] = []) -> (date: DocumentDate?, warning: String?) {
        let paragraphs = document.paragraphs.indices.filter { range.contains(document.paragraphs[$0]) }
        let head = headZone(paragraphs)
        // A report that says which year it covers ("Events of 2023") and came out in a month
        // ("Published January 2024") is read against the year it covers: "in February" is
        // February 2023.
        let covered = head.lazy.compactMap { index -> (Int, String)? in
            let text = self.document.text(in: self.document.paragraphs[index])
            return Self.coveredYear(text).map { ($0, text) }
        }.first
        func dateline(_ point: TimePoint, _ text: String) -> DocumentDate {
            if point.precision < .day, let (year, header) = covered, point.year == year + 1 {
                let evidence = "period covered \"\(header)\" (published \"\(text)\")"
                return DocumentDate(.year(year), origin: .dateline, evidence: evidence)
            }
            return DocumentDate(point, origin: .dateline, evidence: "dateline \"\(text)\"")
        }
        for line in datelines {
            if let point = ExplicitDates.scan(line, bareYears: false).first?.point {
                return (dateline(point, line), nil)
            }
        }
        for index in head {
            let text = document.text(in: document.paragraphs[index])
            // A heading that is a month ("March 2019") opens a chronology; a day is a dateline.
            if let point = Self.labelledDate(text), !document.headings.contains(index) || point.precision >= .day {
                return (dateline(point, text), nil)
            }
        }
        for index in bodyStart(paragraphs, after: head).prefix(2) {
            let text = document.text(in: document.paragraphs[index])
            if let found = Self.newsDateline(text) {
                return (DocumentDate(found.point, origin: .dateline, evidence: "dateline \"\(found.text)\""), nil)
            }
        }
        for index in head {
            let text = document.text(in: document.paragraphs[index])
            if let year = Self.coveredYear(text) {
                return (DocumentDate(.year(year), origin: .dateline, evidence: "period covered \"\(text)\""), nil)
            }
        }
        let titles = head.prefix(2).filter { document.headings.contains($0) || $0 == paragraphs.first }
        for index in titles {
            let text = document.text(in: document.paragraphs[index])
            if let year = Self.yearInTitle(text) {
                return (DocumentDate(.year(year), origin: .dateline, evidence: "year of the title \"\(text)\""), nil)
            }
        }
        for index in titles {
            let text = document.text(in: document.paragraphs[index])
            if let year = Self.reportYear(text) {
                let evidence =
                    "report-year header \"\(text)\" (the edition's year; its events may be of the year before)"
                return (DocumentDate(.year(year), origin: .dateline, evidence: evidence), nil)
            }
        }
        return inferred(paragraphs)
    }

    /// Paragraphs before the first body paragraph (a sentence of some length), at most eight.
    func headZone(_ paragraphs: [Int]) -> [Int] {
        var result: [Int] = []
        for index in paragraphs.prefix(8) {
            if !document.headings.contains(index), Self.isBodyParagraph(document.text(in: document.paragraphs[index])) {
                break
            }
            result.append(index)
        }
        return result
    }

    private func bodyStart(_ paragraphs: [Int], after head: [Int]) -> [Int] {
        paragraphs.dropFirst(head.count).filter { !document.headings.contains($0) }
    }

    static func isBodyParagraph(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, ".!?\"”’)".unicodeScalars.contains(last) else { return false }
        var spaces = 0
        for byte in text.utf8 where byte == 0x20 {
            spaces += 1
            if spaces >= 11 { return true }
        }
        return false
    }

    // MARK: - Datelines

    /// "Published: 3 March 2021", "Updated March 3, 2021, 9:14 a.m.", "3 March 2021 | By A. Writer",
    /// "By A. Writer | March 3, 2021", "Wednesday, March 12, 2025": a short line that is a date,
    /// with a label or a byline.
    static func labelledDate(_ line: String) -> TimePoint? {
        guard line.utf8.count <= 120 else { return nil }
        let lowered = line.lowercased()
        var rest = Substring(lowered)
        for label in DateWords.publishedLabels where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count)
            break
        }
        let found = ExplicitDates.scan(String(rest), bareYears: false, anyCase: true)
        guard let first = found.first, first.point.precision >= .month else { return nil }
        let restBytes = Array(rest.utf8)
        var before = String(decoding: restBytes[..<first.range.lowerBound], as: UTF8.self)
        // A byline before a separator: "By Jane Doe | March 5, 2024", "Reuters · 5 Mar 2024",
        // "Updated 3:45 PM EST, Tue March 5, 2024".
        if let separator = before.lastIndex(where: { "|·•—–,/".contains($0) }),
            before[..<separator].split(separator: " ").count <= 8
        {
            before = String(before[before.index(after: separator)...])
        }
        // Before the date: nothing but punctuation, "on", or a weekday.
        let words = before.split { !$0.isLetter }.map(String.init)
        guard words.allSatisfy({ $0 == "on" || weekdays.contains($0) }) else { return nil }
        let after = String(decoding: restBytes[first.range.upperBound...], as: UTF8.self)
        let afterWords = after.split { !$0.isLetter && !$0.isNumber }.count
        return afterWords <= 8 && !after.contains(". ") ? first.point : nil
    }

    /// Whether a line opens with a label such as "Published" or "Updated".
    static func hasPublishedLabel(_ line: String) -> Bool {
        let lowered = String(decoding: line.utf8.prefix(32), as: UTF8.self).lowercased()
        return DateWords.publishedLabels.contains { lowered.hasPrefix($0) }
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// "WASHINGTON, March 3, 2021 — The …", "SEOUL, South Korea, 3 March 2021 (Agency) - …",
    /// "GENEVA (30 June 2021) – …", "March 3, 2021: The …": a date with its day or month at the
    /// start of a paragraph, after at most a place name, before a dash or a colon.
    static func newsDateline(_ paragraph: String) -> (point: TimePoint, text: String)? {
        let bytes = Array(paragraph.utf8.prefix(160))
        let head = String(decoding: bytes, as: UTF8.self)
        guard let first = ExplicitDates.scan(head, bareYears: false).first, first.point.precision >= .month,
            first.range.upperBound <= bytes.count
        else { return nil }
        let place = bytes[..<first.range.lowerBound]
        // A place is a few capitalized words: "WASHINGTON,", "Kessing, Norland,", "GENEVA (Wire)".
        let placeWords = String(decoding: place, as: UTF8.self).split(separator: " ")
        guard place.count <= 60, placeWords.count <= 6,
            place.allSatisfy({ ExplicitDates.isLetter($0) || " ,.'()-".utf8.contains($0) || $0 >= 0x80 }),
            placeWords.allSatisfy({ word in word.first.map { $0.isUppercase || $0 == "(" } ?? false })
        else { return nil }
        var index = first.range.upperBound
        // "GENEVA (30 June 2021) – …": the date in brackets after the place.
        if index < bytes.count, bytes[index] == 0x29, place.contains(0x28) { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        if index < bytes.count, bytes[index] == 0x28, let close = bytes[index...].firstIndex(of: 0x29),
            close - index < 40
        {
            index = close + 1
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        }
        guard index < bytes.count else { return nil }
        let isDash =
            bytes[index] == 0x2D || bytes[index] == 0x3A
            || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94))
        guard isDash else { return nil }
        return (first.point, String(decoding: bytes[..<index], as: UTF8.self).trimmingCharacters(in: " "))
    }

    // MARK: - Report headers

    /// "Events of 2024", "Covering 2024", "Reporting period: 2023": the year a report covers.
    static func coveredYear(_ line: String) -> Int? {
        guard line.utf8.count <= 80 else { return nil }
        let words = line.lowercased().split { !$0.isLetter && !$0.isNumber }
        for (index, word) in words.enumerated().dropLast() where ["of", "covering", "period", "covers"].contains(word) {
            let previous = index > 0 ? words[index - 1] : ""
            guard word != "of" || previous == "events" else { continue }
            if let year = Int(words[index + 1]), (1000...2199).contains(year), words[index + 1].count == 4,
                index + 2 == words.count
            {
                return year
            }
        }
        return nil
    }

    /// "Norland in 2024: …", "Human rights during 2019": a title about what happened in a year.
    static func yearInTitle(_ title: String) -> Int? {
        guard title.utf8.count <= 160 else { return nil }
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
        for (index, word) in words.enumerated().dropLast() where word == "in" || word == "during" {
            let next = words[index + 1]
            if next.count == 4, let year = Int(next), (1900...2199).contains(year) { return year }
        }
        return nil
    }

    /// "2020 Fisheries Labour Report: Norland", "Rights Review 2025: …", "Annual Review
    /// 2019": a title that opens with a year and names a report, or names a report and its year.
    static func reportYear(_ title: String) -> Int? {
        guard title.utf8.count <= 160 else { return nil }
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        func year(_ word: String) -> Int? {
            guard word.count == 4, let value = Int(word), (1900...2199).contains(value) else { return nil }
            return value
        }
        let reportIndex = words.firstIndex { DateWords.reportWords.contains($0) }
        guard let reportIndex else { return nil }
        if let first = words.first, let value = year(first), reportIndex <= 6 { return value }
        if reportIndex + 1 < words.count, let value = year(words[reportIndex + 1]) { return value }
        return nil
    }

    // MARK: - Inference

    private func inferred(_ paragraphs: [Int]) -> (date: DocumentDate?, warning: String?) {
        var best: (date: ExplicitDate, text: String)?
        var text = document.text
        text.withUTF8 { bytes in
            for index in paragraphs {
                let range = document.paragraphs[index]
                for found in ExplicitDates.scan(bytes, range.lowerBound..<range.upperBound, bareYears: true)
                where !Self.isDeadline(bytes, before: found.range.lowerBound, from: range.lowerBound) {
                    if let current = best?.date,
                        (current.point.lastDay, current.point.precision) >= (found.point.lastDay, found.point.precision)
                    {
                        continue
                    }
                    best = (found, String(decoding: bytes[found.range], as: UTF8.self))
                }
            }
        }
        guard let best else { return (nil, nil) }
        var point = best.date.point
        if point.precision > .month, let month = point.month, let capped = TimePoint.month(point.year, month) {
            point = capped
        }
        let evidence = "inferred from the latest date the text states, \"\(best.text)\""
        let warning =
            "the text states no date of its own; anchoring relative dates on \(point.timex), the latest date it mentions (\"\(best.text)\"); give --date to set it"
        return (DocumentDate(point, origin: .inferred, evidence: evidence), warning)
    }

    /// Whether one of the two words before `start` puts the date ahead ("by December 2019").
    static func isDeadline(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, from low: Int) -> Bool {
        var cursor = ExplicitDates.Cursor(bytes: bytes, low: low, position: start)
        for _ in 0..<2 {
            cursor.skipSpaces()
            _ = cursor.consume(0x2C)
            cursor.skipSpaces()
            guard let word = cursor.word() else { return false }
            if DateWords.deadlineCues.contains(word.lowercased) { return true }
        }
        return false
    }
}
