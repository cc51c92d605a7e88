import Testing
@testable import ChronicleCore

@Suite struct TimeRobustnessTests {
    /// Deterministic noise: letters, digits, date words, punctuation, broken UTF-8.
    func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        let pieces: [[UInt8]] = ["May", " 5", ",", " 2019", "the ", "last ", "Tuesday", "-", "'", ".",
                                 " a.m.", "\n\n", "year", "s", " ago", " this", " the", " a", " Q",
                                 " 1990s", " early", " every", " nearly", " that", " said", " at", " 7", "\u{2019}", "Q", "3", "/", ":",
                                 "mid", " of ", "fiscal", "\u{00A0}"].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80], [0]]
        var state = seed
        var out: [UInt8] = []
        while out.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out += pieces[Int(state >> 33) % pieces.count]
        }
        return out
    }

    @Test func anyBytesGiveOrderedInBoundsSpans() {
        let tagger = TimeTagger()
        for seed in 1...400 {
            // Short texts end at every kind of token, where look-ahead must stop.
            let bytes = noise(seed % 5 == 0 ? 3000 : seed % 60, seed: UInt64(seed))
            for dct in [nil, CalendarDate(year: 2020, month: 2, day: 29)] {
                let found = tagger.tag(bytes, dct: dct)
                var last = 0
                for e in found {
                    #expect(e.range.start >= last && e.range.end <= bytes.count && e.range.start < e.range.end)
                    last = e.range.end
                }
            }
        }
    }

    /// Each line break opens a sentence for the scanner, so "by" ending a hard-wrapped line
    /// lies before the sentence of the date after it.
    @Test func aDeadlineWordEndingTheLineBeforeTheDate() {
        let text = """
            Harbour works

            The board said the new cranes should be ready by
            June 30, and the quay by
            next spring.
            """
        let doc = Document(id: "w", file: "w.txt", utf8: Array(text.utf8), metadata: DocumentMetadata())
        #expect(CreationDateResolver.resolve(doc, tagger: TimeTagger()).date == nil)
        let found = TimeTagger().tag(doc.utf8, dct: CalendarDate(year: 2025, month: 11, day: 20))
        #expect(found.map(\.text) == ["June 30", "next spring"])
        #expect(found.first?.value == "2026-06-30")  // a deadline: the June ahead
    }

    @Test func emptyAndTinyInputs() {
        let tagger = TimeTagger()
        #expect(tagger.tag([], dct: nil).isEmpty)
        #expect(tagger.tag(Array("May".utf8), dct: nil).isEmpty)
        #expect(tagger.tag(Array("2019".utf8), dct: nil).map(\.value) == ["2019"])
    }
}
