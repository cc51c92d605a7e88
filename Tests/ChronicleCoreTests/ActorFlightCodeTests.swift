import Testing
@testable import ChronicleCore

/// In a text about flying, airports' codes where a journey leaves or reaches them and
/// aircraft registrations are no actors; the same shapes used as names are.
@Suite struct ActorFlightCodeTests {
    @Test func airportCodesAndRegistrationsOfAFlightAreNoActors() {
        let found = resolvedActors(["The flight departed from SYD on Monday and landed at AKL three hours later. "
                                 + "The aircraft, registered ZK-ORV, was checked on Tuesday. "
                                 + "Ana Ruiz flew on Friday to Porvela (PVL)."])
        for code in ["SYD", "AKL", "ZK-ORV", "PVL"] { #expect(!found.contains { $0.aliases.contains(code) }) }
    }

    @Test func aCodeUsedAsANameOrOutsideFlyingStaysAnActor() {
        let found = resolvedActors(["The FAA said on Monday the aircraft was safe. Airlines got approval from FAA on Tuesday. "
                                 + "The plane flew from UAE on Friday.",
                                 "The alliance sought help from NATO on Monday. Ana Ruiz sent a letter to SEC on Friday."])
        #expect(found.first { $0.name == "FAA" }?.mentions == 2)
        #expect(found.first { $0.name == "UAE" }?.kind == .place)
        #expect(found.contains { $0.name == "NATO" })
        #expect(found.contains { $0.name == "SEC" })
        // The same letters after a word of reaching, in a text about flying, are a code.
        let code = resolvedActors(["The plane flew on Monday to SEC and landed at IMF."])
        #expect(!code.contains { $0.name == "SEC" || $0.name == "IMF" })
    }
}
