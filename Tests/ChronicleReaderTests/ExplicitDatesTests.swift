import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct ExplicitDatesTests {
    /// Each text and the TIMEX3 values of the dates found in it, bare years included.
    static let examples: [(text: String, values: [String])] = [
        ("The treaty was signed on March 3, 2021, in Geneva.", ["2021-03-03"]),
        ("It was signed on 3 March 2021 and again on 3rd of March, 2022.", ["2021-03-03", "2022-03-03"]),
        ("The deadline was Sept. 30, 2019; Dec. 3rd 2019 came later.", ["2019-09-30", "2019-12-03"]),
        ("In March of 2019 and in April 2016, workers left.", ["2019-03", "2016-04"]),
        ("Figures for 2019-12-22 and for 2020-06 were revised.", ["2019-12-22", "2020-06"]),
        ("The number fell from 2,706 in 2011 to 1,127 in 2017.", ["2011", "2017"]),
        ("Between 2020 and 2023, output fell; by mid-2018 it had peaked.", ["2020", "2023", "2018"]),
        ("The 2022 report and a 2024 study were published.", ["2022", "2024"]),
        ("Income was KRW1.6 million, or $2021, up 2021.5 points and 2021% in total.", []),
        ("They may 2021 differently; 2019 people attended.", []),
        ("In May 2021 the office opened.", ["2021-05"]),
        ("The season 2019-20 ended early in 2020.", ["2020"]),
        ("February 30, 2020 is not a day.", []),
        ("Posted 05.03.2024 and 5.3.2024; version 2.1.05.2024 is no date.", ["2024-03-05", "2024-03-05"]),
    ]

    @Test func findsTheExplicitDatesOfEachExample() {
        for example in Self.examples {
            let values = ExplicitDates.scan(example.text, bareYears: true).map(\.point.timex)
            #expect(values == example.values, "\(example.text)")
        }
    }

    @Test func leavesBareYearsOutUnlessAsked() {
        #expect(
            ExplicitDates.scan("It happened in 2019, on 4 May 2020.", bareYears: false).map(\.point.timex) == [
                "2020-05-04"
            ])
    }

    @Test func recordsWhereEachDateStands() throws {
        let text = "Signed on 3rd of March 2021 in Geneva."
        let found = try #require(ExplicitDates.scan(text, bareYears: false).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[found.range], as: UTF8.self) == "3rd of March 2021")
    }

    @Test func readsMetadataValues() {
        let cases: [(String, TimePoint?)] = [
            ("2020-06-25T09:00:00Z", .day(2020, 6, 25)), ("2020-06-25T23:30:00-05:00", .day(2020, 6, 25)),
            ("20200625", .day(2020, 6, 25)), ("Thu, 25 Jun 2020 09:00:00 GMT", .day(2020, 6, 25)),
            ("june 25, 2020", .day(2020, 6, 25)), (" 2020 ", .year(2020)), ("2020-06", .month(2020, 6)), ("", nil),
            ("soon", nil), ("2020-13-45", nil),
        ]
        for (value, expected) in cases {
            #expect(ExplicitDates.metadataValue(value) == expected, "\(value)")
        }
    }
}
