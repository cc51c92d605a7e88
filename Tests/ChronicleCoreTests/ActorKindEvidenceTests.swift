import Testing
@testable import ChronicleCore

/// What tells a person's name from a company's, a product's or a store's: evidence of a
/// person (a title, a given name) against what names of things are made of.
@Suite struct ActorKindEvidenceTests {
    static func kinds(_ texts: [String]) -> [String: ActorKind] {
        var out: [String: ActorKind] = [:]
        for a in ActorMergeTests.resolve(texts) { out[a.name] = a.kind }
        return out
    }

    @Test func speechAfterANameIsNoEvidenceAgainstACompanyCue() {
        let found = Self.kinds([
            "Lumora Computer announced a new tablet on Monday.\n",
            "Lumora Computer CEO Dana Hale said sales rose in March.\n",
        ])
        #expect(found["Lumora Computer"] == .organization)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func aSpeakerWithoutOtherEvidenceStaysAPerson() {
        let found = Self.kinds([
            "Kelso Varga said on Monday that the bridge would reopen in May.\n",
            "The bridge reopened, Varga said.\n",
        ])
        #expect(found["Kelso Varga"] == .person)
    }
}
