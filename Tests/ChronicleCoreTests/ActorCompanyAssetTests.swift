import Testing
@testable import ChronicleCore

/// A lone name right before what only a company has ("Orvo shareholders", "Velcor revenue")
/// is a company's.
@Suite struct ActorCompanyAssetTests {
    @Test func aNameBeforeItsShareholdersOrRevenueIsACompany() {
        let found = foundKinds("""
            A majority of Orvo shareholders voted for the merger on Monday. Velcor revenue rose \
            in May, and Orvo said so too.
            """)
        #expect(found["Orvo"] == .organization)
        #expect(found["Velcor"] == .organization)
    }

    @Test func aPersonsNameOrAVerbAfterItIsNoCue() {
        let found = foundKinds("Dana Hale shareholders met on Monday. Tarnik boards a plane while Orsk shares a post.")
        #expect(found["Dana Hale"] != .organization)
        #expect(found["Tarnik"] != .organization)
        #expect(found["Orsk"] != .organization)
    }
}
