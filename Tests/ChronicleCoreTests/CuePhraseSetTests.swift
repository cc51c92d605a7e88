import Testing
@testable import ChronicleCore

@Suite struct CuePhraseSetTests {
    @Test func phrasesAreFoundAnywhereAndOnlyWhole() {
        let set = CuePhraseSet(["sign up for", "©", "x", "ad"])
        #expect(set.occurs(in: Array("please sign up for updates".utf8)))
        #expect(set.occurs(in: Array("sign up for".utf8)))
        #expect(set.occurs(in: Array("© 2025 the daily ledger".utf8)))
        #expect(set.occurs(in: Array("tax".utf8)))  // a one-byte phrase in the last place
        #expect(set.occurs(in: Array("the lead".utf8)))
        #expect(!set.occurs(in: Array("sign up fo".utf8)))
        #expect(!set.occurs(in: Array("signed up for it".utf8)))
        #expect(!set.occurs(in: []))
        #expect(!CuePhraseSet([]).occurs(in: Array("anything".utf8)))
    }

    @Test func commonOpeningsOfAPhraseAloneDoNotMatch() {
        let set = CuePhraseSet(["read more", "related posts", "re"])
        let long = CuePhraseSet(["read more", "related posts"])
        #expect(!long.occurs(in: Array("they were ready to move; more reading later".utf8)))
        #expect(long.occurs(in: Array("please read more here".utf8)))
        #expect(long.occurs(in: Array("see related posts".utf8)))
        // A short phrase that opens like a long one is still found.
        #expect(set.occurs(in: Array("they were ready".utf8)))
        #expect(!set.occurs(in: Array("the tide turned".utf8)))
    }

    @Test func agreesWithAPlainSearchOnRandomText() {
        let phrases = ["ab", "abc", "ba", "cab", "c", "aab"]
        let set = CuePhraseSet(phrases.filter { $0 != "c" })
        let withOneByte = CuePhraseSet(phrases)
        var state: UInt64 = 7
        for _ in 0..<2000 {
            var text: [UInt8] = []
            for _ in 0..<Int(state % 9) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append([UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), 0xC2][Int(state >> 33) % 4])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let s = String(decoding: text, as: UTF8.self)
            let plain = phrases.filter { $0 != "c" }.contains { s.utf8.count >= $0.utf8.count && s.contains($0) }
            #expect(set.occurs(in: text) == plain, "\(text)")
            #expect(withOneByte.occurs(in: text) == (plain || text.contains(UInt8(ascii: "c"))), "\(text)")
        }
    }
}
