import Testing
@testable import ChronicleCore

/// Capitalised abbreviations that are no actors: time zones after a clock, and acronyms of
/// common nouns ("EPS", "CEO").
@Suite struct ActorNonNameAcronymTests {
    static func texts(_ text: String) -> Set<String> {
        Set(ActorRecognitionTests.mentions(text).map(\.text))
    }

    @Test func timeZonesAfterAClockAreNoActors() {
        let found = Self.texts("""
            The vote closed at 8 p.m. ET on Tuesday, and counting began at 21:00 GMT.
            Markets in Tokyo opened at 9 a.m. (PT) and the NATO summit started at noon EST.
            """)
        #expect(!found.contains("ET"))
        #expect(!found.contains("GMT"))
        #expect(!found.contains("PT"))
        #expect(!found.contains("EST"))
        #expect(found.contains("NATO"))
    }

    @Test func aTwoLetterStateCodeWithoutAClockIsKept() {
        let found = Self.texts("The company moved from Hartford, CT to Boston last year, the filing said.\n")
        #expect(found.contains("CT"))
    }

    @Test func acronymsOfCommonNounsAreNoActors() {
        let found = Self.texts("""
            The retailer reported EPS of 40 cents, and its CEO said GDP growth had slowed.
            """)
        #expect(!found.contains("EPS"))
        #expect(!found.contains("CEO"))
        #expect(!found.contains("GDP"))
    }

    @Test func pluralAcronymsNameKindsOfThingsNotActors() {
        let found = Self.texts("""
            Patients called their GP, and GPs were busy. The CEOs met on Monday, and ATMs went \
            dark. The lenders offered a DIP loan, and NATO said so.
            """)
        #expect(!found.contains("GPs") && !found.contains("CEOs") && !found.contains("ATMs"), "\(found)")
        #expect(!found.contains("GP") && !found.contains("DIP"), "\(found)")
        #expect(found.contains("NATO"), "\(found)")
    }

    @Test func aDottedTitleIsNoActorAndStillATitle() {
        let found = Self.texts("The new C.E.O. of Orvo, Dana Pruitt, left on Monday. Velcor C.F.O. Leo Marsh said so.\n")
        #expect(!found.contains("C.E.O."))
        #expect(!found.contains("C.F.O."))
        #expect(found.contains("Dana Pruitt"))
        #expect(found.contains("Velcor") && found.contains("Leo Marsh"))
        #expect(!found.contains("Velcor C.F.O. Leo Marsh"))
    }

    @Test func aTwoLetterAcronymJoinsOnlyAnInstitution() {
        let actors = ActorMergeTests.resolve([
            "Crowds filled the Lion Rock on Monday, and the Northern Alliance said it would march.",
            "LR said on Tuesday it would close early. NA said it agreed.",
        ])
        #expect(ActorMergeTests.actor(actors, having: "Lion Rock")?.aliases.contains("LR") != true)
        #expect(ActorMergeTests.actor(actors, having: "Northern Alliance")?.aliases.contains("NA") == true)
    }

    @Test func anAcronymJoinsANameOpenedByItsCountryWhenNoneSpellsItAlone() {
        let actors = ActorMergeTests.resolve([
            "The U.S. Velmar Standards Board ordered Orvane to pay on Tuesday.",
            "VSB said on Wednesday the order stood.",
        ])
        #expect(ActorMergeTests.actor(actors, having: "U.S. Velmar Standards Board")?.aliases.contains("VSB") == true, "\(actors)")
        // Written without the country too, the acronym is that name's, and the one with
        // the country stays what it was.
        let both = ActorMergeTests.resolve([
            "The U.S. Velmar Standards Board ordered Orvane to pay on Tuesday.",
            "The Velmar Standards Board met on Monday. VSB said on Wednesday the order stood.",
        ])
        #expect(ActorMergeTests.actor(both, having: "Velmar Standards Board")?.aliases.contains("VSB") == true, "\(both)")
    }

    @Test func aLawmakersPartyTagIsNoActor() {
        let found = ActorRecognitionTests.mentions("""
            Rep. Dana Pruitt, R-Tenn., and Rep. Leon Marsh, D-N.Y., voted against the bill on Monday.
            """)
        #expect(!found.contains { $0.text.hasPrefix("R-") || $0.text.hasPrefix("D-") })
        #expect(!found.contains { $0.kind == .organization })
        #expect(found.contains { $0.text == "Dana Pruitt" && $0.kind == .person })
    }

    @Test func aGivenNameOrEverydayWordInCapitalsIsNoAcronym() {
        let found = Self.texts("""
            Storm clouds gathered. Photo: MARIA over the harbour, and UNRWA said the STORM had passed.
            The storm hit the coast on Monday.
            """)
        #expect(!found.contains("MARIA"))
        #expect(!found.contains("STORM"))
        #expect(found.contains("UNRWA"))
    }
}
