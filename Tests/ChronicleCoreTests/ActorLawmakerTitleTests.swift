import Testing
@testable import ChronicleCore

/// "MP" and "MEP" are titles: the party before them is no part of the person's name.
@Suite struct ActorLawmakerTitleTests {
    static func actors(_ text: String) -> [Actor] { resolvedActors([text]) }

    @Test func aMembersTitleSplitsThePartyFromThePerson() {
        let found = Self.actors("""
            Labour MP Tam Orrin said on Monday that he would vote. Senior Labour MP and Chair of \
            the Standards Committee Dana Hale agreed.
            """)
        #expect(found.first { $0.name == "Tam Orrin" }?.kind == .person)
        #expect(found.first { $0.name == "Dana Hale" }?.kind == .person)
        #expect(!found.contains { $0.name.contains("MP") })
    }
}
