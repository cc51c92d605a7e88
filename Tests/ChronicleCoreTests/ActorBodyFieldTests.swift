import Testing
@testable import ChronicleCore

/// A body named by its field after "Department of" or "Ministry of": the field may be two
/// things joined by "and", and it is no name of its own.
@Suite struct ActorBodyFieldTests {
    static let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Marovia", kind: .place, aliases: [])])

    @Test func aFieldGoesOnAcrossAnd() {
        let found = foundKinds("""
            The bank was closed by the Velmar Department of Consumer Protection and Innovation, which named a receiver.
            Our reporter met the Office of Management and Budget on Friday.
            """)
        #expect(found["Velmar Department of Consumer Protection and Innovation"] == .organization)
        #expect(found["Office of Management and Budget"] == .organization)
        #expect(found["Consumer Protection"] == nil)
        #expect(found["Innovation"] == nil)
    }

    @Test func anAndBeforeAnotherNameSplitsTheRun() {
        let found = foundKinds("""
            Our reporter met them. The Department of Transport and Dana Whitcombe signed the deal.
            The Ministry of Health and Treasury officials met on Monday.
            The Department of Energy and Corvane Agency said so on Tuesday.
            """)
        #expect(found["Department of Transport"] == .organization)
        #expect(found["Dana Whitcombe"] == .person)
        #expect(found["Ministry of Health"] == .organization)
        #expect(found["Department of Energy"] == .organization)
        #expect(found["Corvane Agency"] == .organization)
        #expect(!found.keys.contains { $0.contains(" and ") })
    }

    @Test func anAndOutsideABodysFieldJoinsNothing() {
        let found = foundKinds("Our reporter met them. Marta Lind and Innovation Partners signed the deal.\n")
        #expect(found["Marta Lind"] == .person)
        #expect(!found.keys.contains { $0.contains(" and ") })
    }

    @Test func aKnownPlaceAfterTheFieldIsStillFound() {
        let found = foundKinds("Our reporter met the Ministry of Defence of Marovia on Friday.\n",
                                                    gazetteer: Self.gazetteer)
        #expect(found["Marovia"] == .place)
    }
}
