extension RuleSet {
    static let holiday = Rule(
        id: "date.holiday",
        pattern: [
            .optional(.relation(offsets: [-1, 1, 0])), .holiday,
            .optional(.sequence([.optional(.mark(",")), .year])),
            .notBefore(.words(Lexicon.holidayObjects)),
        ],
        build: { m in
            if m.offset != nil, m.anchoring != .speech { return nil }
            if let holiday = m.holiday {
                return .date(
                    .weekdayOfMonth(
                        month: Int(holiday.month), weekday: Int(holiday.weekday), week: Int(holiday.week), year: m.year,
                        offset: m.offset))
            }
            if let year = m.year { return .date(.calendar(year: year, month: m.month, day: m.day)) }
            if let offset = m.offset { return .date(.month(m.month!, offset: offset, day: m.day)) }
            return .date(.calendar(year: nil, month: m.month, day: m.day))
        },
        examples: [
            ("Christmas", "2020-12-25"), ("Thanksgiving Day", "2020-11-26"), ("last Thanksgiving", "2020-11-26"),
            ("New Year's Day 2020", "2020-01-01"), ("Christmas Day, 1979", "1979-12-25"), ("the Christmas tree", ""),
            ("Easter Island", ""),
        ])
}
