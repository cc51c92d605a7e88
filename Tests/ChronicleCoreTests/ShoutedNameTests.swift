import Testing
@testable import ChronicleCore

/// A known name written in capitals (a dateline, a credit) is that name, in ASCII or not;
/// a capitalised word that is not all capitals is not taken for one.
@Suite struct ShoutedNameTests {
    static let gazetteer = Gazetteer(entries: [
        .init(name: "Tarvo", kind: .place),
        .init(name: "Örsk", kind: .place),
    ])

    static func entries(_ text: String) -> [String: Int?] {
        let bytes = Array(text.utf8)
        var out: [String: Int?] = [:]
        for m in MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes)) {
            out[m.text] = m.gazetteerEntry
        }
        return out
    }

    @Test func shoutedKnownNamesFindTheirEntry() {
        let found = Self.entries("""
            TARVO (Wire) - Officials met on Tuesday.

            ÖRSK (Wire) - Ferries resumed after the storm.
            """)
        #expect(found["TARVO"] == .some(0))
        #expect(found["ÖRSK"] == .some(1))
    }

    @Test func aWordWithLowerCaseLettersIsNoShout() {
        let found = Self.entries("Ferries reached TARVo and ÖRsK on Tuesday, officials said.\n")
        #expect(found["TARVo"] == nil || found["TARVo"] == .some(nil))
        #expect(found["ÖRsK"] == nil || found["ÖRsK"] == .some(nil))
    }
}
