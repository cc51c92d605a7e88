import Testing
@testable import ChronicleCore

/// A title's field ("Ministers of Health ...", "Minister for Children and Families ...")
/// written just before the person's name is no part of the name.
@Suite struct ActorTitleFieldTests {
    static func actors(_ text: String) -> [Actor] { resolvedActors([text]) }

    @Test func theFieldAfterAPluralTitlesOfIsNotTheNamesStart() {
        let found = Self.actors("""
            The former Ministers of Health Tesh Vell and Finance Orin Tash said on Tuesday that \
            they had resigned.
            """)
        #expect(found.first { $0.name == "Tesh Vell" }?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("Health") })
        // A plural title with a prefix ("ex-Ministers") opens a field too.
        let former = Self.actors("The now ex-Ministers of Health Tesh Vell and Finance Orin Tash resigned on Tuesday.")
        #expect(!former.contains { $0.name.hasPrefix("Health") })
    }

    @Test func aTitleWordAloneAfterOfOrForIsAnOfficesFieldNotAName() {
        let found = Self.actors("""
            The Ministers of Finance and Health announced their resignation on Tuesday. Dana Vell, \
            the secretary of State for Health and Social Care, said so too.
            """)
        #expect(found.first { $0.name == "Dana Vell" }?.kind == .person)
        #expect(!found.contains { $0.name == "Health" || $0.name == "Finance" })
        // Elsewhere the same word may stand in a name.
        #expect(resolvedActors(["Orvo Health said on Monday it would hire 30 nurses."]).contains { $0.name == "Orvo Health" })
    }

    @Test func theFieldAfterAnAndOfATitlesFieldIsNotTheNamesStart() {
        let found = Self.actors("""
            Minister for Children and Families Tam Orrin announced on Wednesday his decision to step down.
            """)
        #expect(found.first { $0.name == "Tam Orrin" }?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("Families") })
    }

    @Test func aRunAfterOfWithoutATitleOrWithAHeadIsLeftWhole() {
        let found = Self.actors("""
            The chair of the Velden Trust Fund Board spoke on Monday. A friend of Dana Vell Orrin \
            said on Tuesday that the Minister of Health Services Dana Vell would stay.
            """)
        #expect(!found.contains { $0.name == "Vell Orrin" })
        #expect(!found.contains { $0.name == "Fund Board" })
    }
}
