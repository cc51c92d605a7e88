import Testing
@testable import ChronicleCore

/// A surname the gazetteer knows as one person's, joined to another name by " & ", is a
/// firm's name ("Hale & Hale"), and the person stays apart.
@Suite struct ActorAmpersandFirmTests {
    static let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Dana Hale", kind: .person, aliases: ["Hale"])])

    static func actors(_ text: String) -> [Actor] {
        let bytes = Array(text.utf8)
        let mentions = MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        return ActorResolver(gazetteer: gazetteer).resolve([mentions]).actors
    }

    @Test func aKnownSurnameInAFirmsNameIsTheFirm() {
        let found = Self.actors("""
            Hale & Hale weighed most on the index with a 2 percent decline on Monday. Shares of \
            Hale & Orrin rose. Senator Dana Hale said on Tuesday that she would vote.
            """)
        #expect(found.first { $0.name == "Hale & Hale" }?.kind == .organization)
        #expect(found.first { $0.name == "Hale & Orrin" }?.kind == .organization)
        let person = found.first { $0.name == "Dana Hale" }
        #expect(person?.mentions == 1)
        #expect(person?.aliases.contains("Hale & Hale") == false)
    }

    @Test func theSurnameAloneOrJoinedByAndIsStillThePerson() {
        let found = Self.actors("Hale said on Monday that Hale and Orrin would meet.")
        #expect(found.first { $0.name == "Dana Hale" }?.mentions == 2)
        #expect(!found.contains { $0.name.contains("&") })
    }
}
