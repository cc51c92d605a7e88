import Testing
@testable import ChronicleCore

/// "a merger with Orvane", "a stake in Quellon": the other side of a deal between companies
/// is a company, a name with no other cue too.
@Suite struct ActorDealPartyTests {
    @Test func theOtherSideOfADealIsACompany() {
        let found = foundKinds("""
            The board agreed on Tuesday to a merger with Orvane. Analysts said the takeover of \
            Brinmark would follow. A fund bought a stake in Quellon.
            """)
        #expect(found["Orvane"] == .organization)
        #expect(found["Brinmark"] == .organization)
        #expect(found["Quellon"] == .organization)
    }

    @Test func anOwnerAfterTheDealWordsOrANameAfterOtherWordsIsNone() {
        let found = foundKinds("""
            The fund took a stake in Orsk's port. Dana Vell had talks with Tessaro on Monday. \
            The takeover of Ivan Petrenko's farm was announced.
            """)
        #expect(found["Orsk"] != .organization)
        #expect(found["Ivan Petrenko"] == .person)
        #expect(found["Tessaro"] != .organization)
    }
}
