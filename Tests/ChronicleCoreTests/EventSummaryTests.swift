import Testing
@testable import ChronicleCore

@Suite struct EventSummaryTests {
    private func summary(_ text: String, limit: Int = 200) -> String {
        let bytes = Array(text.utf8)
        return EventSummary.make(bytes, ByteRange(0, bytes.count), limit: limit)
    }

    @Test func whiteSpaceIsCollapsedAndTrimmed() {
        #expect(summary("  The ferry\r\n  resumed\tservice\u{00A0}on Monday.  ") == "The ferry resumed service on Monday.")
    }

    @Test func aLongPassageIsCutAtAWordWithAnEllipsis() {
        let text = "The council met on Tuesday and agreed to extend the harbour curfew until the end of March"
        #expect(summary(text, limit: 40) == "The council met on Tuesday and agreed…")
        #expect(summary(text, limit: 200) == text)
        // One long word: cut at the limit itself.
        #expect(summary(String(repeating: "x", count: 50), limit: 10) == String(repeating: "x", count: 10) + "…")
    }

    @Test func textBeyondASCIIIsCutByCharactersTheSameWay() {
        let plain = "Officials in Reykjavik said the eruption near Grindavik slowed on Sunday evening"
        let accented = plain.replacingOccurrences(of: "Reykjavik", with: "Reykjavík")
            .replacingOccurrences(of: "Grindavik", with: "Grindavík")
        let cutPlain = summary(plain, limit: 50), cutAccented = summary(accented, limit: 50)
        #expect(cutPlain == "Officials in Reykjavik said the eruption near…")
        #expect(cutAccented == "Officials in Reykjavík said the eruption near…")
    }

    @Test func controlCharactersAreMadeSafe() {
        #expect(summary("Shelling\u{1B}[31m resumed") == "Shelling\u{241B}[31m resumed")
        #expect(summary("Vote count\u{7F} delayed") == "Vote count\u{2421} delayed")
        #expect(!summary("Poll \u{202E}reversed").unicodeScalars.contains("\u{202E}"))
    }
}
