import Testing
@testable import ChronicleCore

@Suite struct ActorQueryTests {
    let actors = [
        Actor(name: "Margarethe Olsen", kind: .person, aliases: ["Olsen", "Mayor Olsen"], mentions: 9),
        Actor(name: "Port Authority of Brekka", kind: .organization, aliases: ["Port Authority"], mentions: 4),
        Actor(name: "Brekka", kind: .place, aliases: [], mentions: 12),
        Actor(name: "Tomas Olsson", kind: .person, aliases: ["Olsson"], mentions: 2),
    ]

    @Test func anAliasInAnyCaseIsExact() {
        #expect(ActorQuery.resolve("mayor olsen", in: actors) == .exact(["Margarethe Olsen"]))
        #expect(ActorQuery.resolve(" BREKKA ", in: actors) == .exact(["Brekka"]))
    }

    @Test func unknownNamesOfferTheClosestMostMentionedFirst() {
        // A fragment of a name, and a word one slip away from two surnames.
        #expect(ActorQuery.resolve("authority", in: actors) == .unknown(suggestions: ["Port Authority of Brekka"]))
        guard case .unknown(let offered) = ActorQuery.resolve("Olssen Nilsdotter", in: actors) else {
            Issue.record("a two-word name that no actor has is unknown"); return
        }
        #expect(offered.isEmpty)
        #expect(ActorQuery.suggestions(for: "olssn", in: actors) == ["Margarethe Olsen", "Tomas Olsson"])
    }

    @Test func nothingCloseOffersNothing() {
        #expect(ActorQuery.resolve("zzz", in: actors) == .unknown(suggestions: []))
        #expect(ActorQuery.resolve("", in: actors) == .unknown(suggestions: []))
    }

    @Test func editDistanceIsBounded() {
        #expect(ActorQuery.editDistance("olsen", "olsn", atMost: 1))
        #expect(ActorQuery.editDistance("olsen", "olesn", atMost: 1))  // two letters swapped: one slip
        #expect(!ActorQuery.editDistance("olsen", "brekka", atMost: 2))
        #expect(ActorQuery.editDistance("", "ab", atMost: 2))
        #expect(!ActorQuery.editDistance("ab", "", atMost: 1))
    }
}
