import Testing
@testable import ChronicleCore

/// The names of institutions as news writes them: a title word may be a body's field
/// ("Department of Justice"), and what follows a body's "of" is no name of its own.
@Suite struct ActorInstitutionNameTests {
    static func kinds(_ text: String) -> [String: ActorKind?] { ActorOrganizationCueTests.kinds(text) }

    @Test func aTitleAfterABodysOfIsItsField() {
        let found = Self.kinds("""
            Our reporter met them. The Velmar Department of Justice said so on Monday.
            The European Court of Justice ruled on Tuesday.
            The Office of the Comptroller of the Currency fined the bank.
            """)
        #expect(found["Velmar Department of Justice"] == .organization)
        #expect(found["European Court of Justice"] == .organization)
        #expect(found["Office of the Comptroller of the Currency"] == .organization)
    }

    @Test func aTitleOpeningANameIsStillATitle() {
        let found = Self.kinds("""
            Our reporter met them. Justice Dana Whitcombe of the Velmar Court ruled on Tuesday.
            The Secretary of State said so. Minister of Justice Ana Ruiz resigned.
            """)
        #expect(found["Dana Whitcombe"] == .person)
        #expect(found["Velmar Court"] == .organization)
        #expect(found["Ana Ruiz"] == .person)
        #expect(found["Secretary of State"] == nil)
        #expect(!found.keys.contains { $0.hasPrefix("Justice") || $0.hasSuffix("Justice") })
    }

    @Test func wordsAfterABodysOfAreNoNameOfTheirOwn() {
        let found = Self.kinds("""
            Our reporter met them. The Organization of the Software Exporting Countries met on Monday.
            The Association of Automotive Parts Makers said so.
            """)
        #expect(found["Organization of the Software Exporting Countries"] == .organization)
        #expect(found["Software Exporting Countries"] == nil)
        #expect(found["Association of Automotive Parts Makers"] == .organization)
        #expect(found["Automotive Parts Makers"] == nil)
    }

    @Test func aNameWithAHeadOfItsOwnAfterABodysOfIsStillFound() {
        let found = Self.kinds("Our reporter met them. The 12th Brigade of the Velmar Armed Forces moved on Monday.\n")
        #expect(found["Velmar Armed Forces"] == .organization)
    }

    @Test func aSocietyIsAnOrganization() {
        let found = Self.kinds("""
            Our reporter met them. The Royal Society of Orchids said so.
            The Society of Velmar Engineers met on Monday.
            """)
        #expect(found["Royal Society of Orchids"] == .organization)
        #expect(found["Society of Velmar Engineers"] == .organization)
        #expect(found["Orchids"] == nil)
    }
}
