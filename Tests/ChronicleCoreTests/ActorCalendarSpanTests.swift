import Testing
@testable import ChronicleCore

/// A span of calendar words joined by hyphens ("Mon-Fri", "July-September") is no actor,
/// however it is written; a hyphenated word with another part may still be a name.
@Suite struct ActorCalendarSpanTests {
    @Test func aSpanOfCalendarWordsIsNoName() {
        let found = ActorFalseNameTests.texts("""
            The ferry from Velmora ran July-September, and the Harbour Board said Mon-Fri sailings stay.
            """)
        #expect(!found.contains("July-September"))
        #expect(!found.contains("Mon-Fri"))
        #expect(found.contains("Velmora"))
    }

    @Test func aHyphenatedNameWithANonCalendarPartStays() {
        let found = ActorFalseNameTests.texts("""
            Mayor Ilse Marsh-Oduya said on Monday that the pier would reopen.
            """)
        #expect(found.contains("Ilse Marsh-Oduya"))
    }
}
