import Testing
@testable import ChronicleCore

/// Capitalised words that name nobody: headline prose, common noun phrases, numbered
/// labels, and the payload of a terminal escape sequence.
@Suite struct ActorFalseNameTests {
    static func texts(_ text: String) -> Set<String> {
        Set(ActorRecognitionTests.mentions(text).map(\.text))
    }

    static func named(_ text: String) -> Set<String> {
        Set(ActorRecognitionTests.mentions(text).filter { $0.kind != nil }.map(\.text))
    }

    @Test func aNounLabelledByALetterIsNoName() {
        let found = Self.texts("""
            Holders of Class A shares can tender them, and Velcor will buy 25% of the Class B \
            shares. Orvane raised money in a Series B round, and Group B of the league met.
            """)
        #expect(!found.contains { $0.hasPrefix("Class") || $0.hasPrefix("Series") || $0.hasPrefix("Group") }, "\(found)")
        // A name that only opens with such a word is still a name.
        #expect(Self.texts("The Velmar Group said on Monday it would buy Orvane.\n").contains("Velmar Group"))
    }

    @Test func aCompanysNameFillingAQuotationIsAFigureOfSpeech() {
        let found = Self.texts("""
            Prosecutors said Dana Hale turned the office into "Hale Incorporated," a jury heard.
            Critics call the town “Velmar Inc.” now. Orvo Incorporated said it would appeal.
            """)
        #expect(!found.contains("Hale Incorporated"))
        #expect(!found.contains("Velmar Inc"))
        #expect(found.contains("Dana Hale"))
        // Written without quotes, the company is one.
        #expect(found.contains("Orvo Incorporated"))
    }

    @Test func aHeadlineVerbBeforeAKnownSurnameIsNoGivenName() {
        let found = Self.texts("""
            Council Rejects Plan While Mayor Keeps Delaying Berg Bridge Vote

            Mayor Anna Berg said on Monday that delaying the vote was wise. Berg spoke in Lund.
            """)
        #expect(found.contains("Anna Berg"))
        #expect(!found.contains("Delaying Berg"))
    }

    @Test func aHeadlineWordBeforeASurnameTheBodyNamesInFullIsNoGivenName() {
        let found = Self.texts("""
            Velmar League Approves Orsk's Tarn Investment

            The Velmar League on Tuesday approved the purchase by Sir Dan Orsk of a stake. Orsk said he was glad.
            """)
        #expect(found.contains("Dan Orsk"))
        #expect(!found.contains("Approves Orsk"), "\(found)")
        // Named by the surname alone in the body, a headline may give the full name.
        let full = Self.texts("""
            Lina Orsk Buys Tarn Club

            Orsk said on Tuesday she was glad to own the club.
            """)
        #expect(full.contains("Lina Orsk"), "\(full)")
    }

    @Test func anAdjectiveOpeningASentenceBeforeAKnownSurnameIsNoGivenName() {
        let found = Self.texts("""
            Divisive Orsk stunned by Tarn victory; pledges to govern for all.

            Velmar politician Dan Orsk expressed pride after leading his party to victory. Orsk said so.
            Hunter Orsk, his brother, said he was glad.
            """)
        #expect(found.contains("Dan Orsk"))
        #expect(!found.contains("Divisive Orsk"), "\(found)")
        #expect(found.contains("Hunter Orsk"), "\(found)")
    }

    @Test func aNameOfUndecidedKindIsThePersonItsLastWordNamesAlone() {
        let found = foundKinds("""
            The remarks by Orin Tasuki, which contrasted with the governor's, lifted shares. Tasuki said the bank would wait.
            """)
        #expect(found["Orin Tasuki"] == .person, "\(found)")
        let resolved = resolvedActors(["The remarks by Orin Tasuki, which contrasted with the governor's, lifted shares. Tasuki said the bank would wait."])
        #expect(resolved.first { $0.name == "Orin Tasuki" }?.aliases.contains("Tasuki") == true, "\(resolved)")
    }

    @Test func aHeadlineEndingInAnAbbreviationIsStillAHeadline() {
        let found = Self.texts("""
            Lind Calls for Calm in Talks with Harbour Board Gen.

            Mayor Tomas Lind said on Monday that the strike must end.
            """)
        #expect(!found.contains("Lind Calls"))
        #expect(!found.contains("Talks"))
    }

    @Test func aGroupOpeningASentenceIsNoName() {
        let found = Self.named("""
            Authorities told reporters on Monday that the road was closed.
            Prosecutors said on Wednesday that Judge Ana Ruiz would hear the case.
            Residents said the water was back.
            """)
        #expect(found == ["Ana Ruiz"])
    }

    @Test func aDeterminerMakesACommonNounPhrase() {
        let found = Self.named("Critics called it such a “Grand Bargain” that nobody believed it, said Tomas Lind.\n")
        #expect(!found.contains("Grand Bargain"))
        #expect(found.contains("Tomas Lind"))
    }

    @Test func wordsTheTextWritesInLowerCaseAreNoPerson() {
        let found = Self.texts("They will cut pensions and Public Health while at it. Health is public, they said.\n")
        #expect(!found.contains("Public Health"))
    }

    @Test func aNumberedLabelIsNoName() {
        let found = Self.texts("""
            Read the series: The Tycoon Part 2: How a bank failed.

            Only part of the story was told by Ivan Petrenko on Friday.
            """)
        #expect(!found.contains("Part"))
        #expect(found.contains("Ivan Petrenko"))
    }

    @Test func anEscapeSequencePayloadIsNoName() {
        let found = Self.texts("The mayor met Olaf Berg in Lund. \u{1B}]0;OWNED\u{07} Then \u{1B}[1mALERT\u{1B}[0m came.\n")
        #expect(found.contains("Olaf Berg"))
        #expect(!found.contains("OWNED"))
        #expect(!found.contains { $0.contains("ALERT") })
    }

    @Test func newOpensAPlaceName() {
        let found = Self.texts("Police in New York City said the suspect had fled to New Jersey.\n")
        #expect(found.contains("New York City"))
        #expect(found.contains("New Jersey"))
        #expect(!found.contains("York City"))
    }

    @Test func aHeadWordAloneIsNoName() {
        let found = Self.texts("""
            Leeds City beat them twice. City controlled the game, and the Court ruled on it.
            Congress passed the bill on Friday.
            """)
        #expect(!found.contains("City"))
        #expect(!found.contains("Court"))
        #expect(found.contains("Congress"))
    }

    @Test func aDemonymEndsAnAdjective() {
        let found = Self.texts("Protests spread across the East African nation and hit South American markets.\n")
        #expect(!found.contains("East African"))
        #expect(!found.contains("South American"))
    }

    @Test func aCoinedPhraseWithAnEverydayAdjectiveIsNoPerson() {
        let found = Self.named("Regulators are turning on Big Tech again, said Ola Berg on Monday.\n")
        #expect(!found.contains("Big Tech"))
        #expect(found.contains("Ola Berg"))
    }

    @Test func aPlaceBasedCompoundIsAnAdjective() {
        let found = Self.texts("The San Marco-based lender and a New Amsterdam-led group bid on Monday.\n")
        #expect(!found.contains { $0.hasSuffix("-based") || $0.hasSuffix("-led") })
    }

    @Test func aSportingEventIsNoActor() {
        let found = Self.texts("They met in the NBA Finals in 2016 and again at the World Cup, said Ola Berg.\n")
        #expect(!found.contains { $0.contains("Finals") || $0.contains("Cup") })
        #expect(found.contains("Ola Berg"))
    }

    @Test func aPlaceInCapitalsOpeningALineIsADatelineNotPartOfTheNameAfterIt() {
        let found = Self.texts("LISBON Rescuers reached the ship on Monday, officials in Lisbon said.")
        #expect(found.contains("LISBON"))
        #expect(!found.contains { $0.hasPrefix("LISBON ") })
        // An acronym before a title stays an acronym, and the person after it a person.
        let acronym = Self.named("NATO Secretary General Ana Ruiz said on Monday the alliance would meet.")
        #expect(acronym.contains("NATO"))
        #expect(acronym.contains("Ana Ruiz"))
    }

    @Test func aNumberWordOpeningASentenceIsNoPartOfTheName() {
        let found = Self.texts("Thirty Orvo Mendes workers left on Monday. Twelve Velden nurses stayed.")
        #expect(found.contains("Orvo Mendes"))
        #expect(!found.contains { $0.hasPrefix("Thirty") || $0.hasPrefix("Twelve") })
    }
}

/// A common adjective that opens a sentence is not part of the name after it.
@Suite struct SentenceOpeningAdjectiveTests {
    @Test func anOpeningAdjectiveIsLeftOffTheName() {
        let found = foundKinds("Current Zentrix chips run the new servers. Existing Zentrix boards still work.")
        #expect(found["Current Zentrix"] == nil)
        #expect(found["Existing Zentrix"] == nil)
        #expect(found.keys.contains("Zentrix"))
    }
}
