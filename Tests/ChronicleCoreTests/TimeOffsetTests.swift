import Testing
@testable import ChronicleCore

@Suite struct TimeOffsetTests {
    @Test func byteOffsetsAfterMultibyteCharacters() throws {
        let text = "Zürich — “Naïve” 🇺🇦 reports: the ceasefire began on 5 May 2023."
        let bytes = Array(text.utf8)
        let found = TimeTagger().tag(bytes, dct: CalendarDate(year: 2023, month: 6, day: 1))
        let e = try #require(found.first)
        #expect(e.text == "5 May 2023")
        #expect(String(decoding: bytes[e.range.start..<e.range.end], as: UTF8.self) == "5 May 2023")
        #expect(e.range.start != text.distance(from: text.startIndex, to: text.range(of: "5 May")!.lowerBound))
    }

    @Test func crlfLinesAndReplacedBytesKeepOffsets() throws {
        // As the corpus hands them over: BOM as three spaces, an invalid byte as U+001A.
        var bytes: [UInt8] = [32, 32, 32] + Array("Headline\r\n\r\nPolls closed on".utf8) + [0x1A]
        bytes += Array(" 4 June 2024.\r\n".utf8)
        let e = try #require(TimeTagger().tag(bytes, dct: nil).first)
        #expect(String(decoding: bytes[e.range.start..<e.range.end], as: UTF8.self) == "4 June 2024")
        #expect(e.value == "2024-06-04")
    }

    @Test func curlyApostropheAndDashesAreReadAsPunctuation() {
        let t = Tagged("The mid‑2010s boom ended in the ’90s style – on 12 June 2019.", dct: "2020-01-01")
        #expect(t.value("12 June 2019") == "2019-06-12")
        #expect(t.value("the ’90s") == "199")
    }

    @Test func resultsAreSortedAndDoNotOverlap() {
        let t = Tagged("On Tuesday, March 5, 2024 at 7 p.m. and then on Thursday the panel met twice a week.", dct: "2024-03-06")
        let ranges = t.expressions.map(\.range)
        #expect(ranges == ranges.sorted())
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.end <= b.start) }
        #expect(t.value("Tuesday, March 5, 2024") == "2024-03-05")
    }
}
