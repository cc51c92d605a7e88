import Testing
@testable import ChronicleCore

/// A past form at the end of an absolute phrase ("with its software tightly integrated")
/// describes a noun and is no verb of its clause.
@Suite struct NarrativeAbsolutePhraseTests {
    private static let lead = "Velcor opened a new store in Porto on Monday. "

    @Test func aStateWithAnAbsolutePhraseIsNoEvent() {
        let text = Self.lead + "Velcor is the biggest seller of music in Spain, with its software tightly integrated "
            + "into Orvik Media players.\n"
        #expect(NarrativeDatingTests.undated(text).isEmpty)
        let irregular = Self.lead + "Velcor is the largest shop in Braga, with most of its records sold to Orvik Media.\n"
        #expect(NarrativeDatingTests.undated(irregular).isEmpty)
    }

    @Test func aVerbAfterWithStaysAVerbWhereNoneCameBefore() {
        // "Officials with X sold": the clause's only verb.
        let sold = Self.lead + "Officials with Velcor sold the old Porto store to Orvik Media for a small sum.\n"
        #expect(NarrativeDatingTests.undated(sold).count == 1)
        // After a list word the clause goes on: "and signed" is a verb of its own.
        let signed = Self.lead + "Ana Ruiz was at the table with Velcor managers and signed Orvik Media as a tenant.\n"
        #expect(NarrativeDatingTests.undated(signed).count == 1)
    }
}
