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

    @Test func emptyAndTinyInputs() {
        let tagger = TimeTagger()
        #expect(tagger.tag([], dct: nil).isEmpty)
        #expect(tagger.tag(Array("May".utf8), dct: nil).isEmpty)
        #expect(tagger.tag(Array("2019".utf8), dct: nil).map(\.value) == ["2019"])
    }
}
