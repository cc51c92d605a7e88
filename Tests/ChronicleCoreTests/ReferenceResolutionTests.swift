import Testing
@testable import ChronicleCore

/// Reference resolution on made-up articles: each pass, with the cases it must leave alone.
@Suite struct ReferenceResolutionTests {
    /// "referring words → actor" for every reference the text makes.
    static func references(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let sentences = SentenceSplitter.split(bytes)
        let mentions = MentionRecognizer(gazetteer: .empty).mentions(in: bytes, sentences: sentences)
        let resolved = ActorResolver(gazetteer: .empty).resolve([mentions])
        return ReferenceResolver(actors: resolved.actors)
            .references(utf8: bytes, sentences: sentences, mentions: mentions,
                        mentionActors: resolved.mentionActors[0])
            .map { "\($0.text) → \(resolved.actors[$0.actor].name)" }
    }

    // MARK: - Pronouns

    @Test func theSpeakerOfAQuotationIsNoOneNamedInsideIt() {
        let text = "Gov. Tom Velder said today he will resign from office. "
            + "\u{201C}Dana Orsk, my deputy, is smart and competent,\u{201D} he said."
        #expect(Self.references(text).last == "he → Tom Velder", "\(Self.references(text))")
        // A pronoun outside a quotation may still stand for a name inside the one before it.
        let after = "Tom Velder said today: \u{201C}I met Dana Orsk on Monday.\u{201D} Orsk said she agreed."
        #expect(Self.references(after).last == "she → Dana Orsk", "\(Self.references(after))")
    }

    @Test func anOperatorsRoleNeverStandsForTheMakerOfAProductNamed() {
        let text = "Both crashes involved Velo Aviation Zenta 20s operated by Orvo Air Inc. "
            + "The airline suspended flights on Monday."
        #expect(Self.references(text) == ["The airline → Orvo Air"])
        // The same maker is what "the company" may stand for.
        #expect(Self.references("Both crashes involved Velo Aviation Zenta 20s. The company said it would help.")
                == ["The company → Velo Aviation"])
    }

    @Test func aProductIsNeverTheCompany() {
        let text = "Orvala noted it was investigating the reports of fires. "
            + "“We have decided to halt sales of the Tarvo Note 7,” the company said."
        #expect(Self.references(text).contains("the company → Orvala"), "\(Self.references(text))")
        #expect(!Self.references(text).contains("the company → Tarvo Note 7"), "\(Self.references(text))")
    }

    @Test func aSourceOfTheFiguresIsNoAntecedent() throws {
        let text = "Shares of Orvane Brands fell after the retailer reported its results. "
            + "Analysts expected more, according to a consensus estimate from Kestel Data Corp. "
            + "The company said demand was weak."
        #expect(Self.references(text).last == "The company → Orvane Brands")
        let polled = "Orvane Brands reported its results on Monday. Analysts polled by Kestel Data Corp expected more. "
            + "It said demand was weak."
        #expect(Self.references(polled).last == "It → Orvane Brands")
        // A company named otherwise is still the nearest one.
        let named = "Orvane Brands reported its results on Monday. Analysts met Kestel Data Corp on Tuesday. "
            + "The company said demand was weak."
        #expect(Self.references(named).last == "The company → Kestel Data Corp")
        // The agency of a wire dateline filed the story.
        let filed = "(Kestel News) -Orvane Bath & Home Inc on Wednesday replaced Chief Executive Officer Dana Hale as "
            + "part of a shake-up to reverse a slump in its business, the home goods retailer said.\n\n"
            + "Shares fell 13% in premarket trading as the company's first-quarter net sales slumped 25%.\n"
        let agency = Gazetteer(entries: [.init(name: "Kestel News", kind: .organization)])
        let events = EventExtractionTests.events(filed, withReferences: true, gazetteer: agency)
        let sales = try #require(events.first { $0.summary.hasPrefix("Shares fell") })
        #expect(sales.actors.map(\.name) == ["Orvane Bath & Home"])
    }

    @Test func pronounTakesTheOnlyPersonNearby() {
        #expect(Self.references("Jane Roe arrived in Oslo on Monday. She met reporters at the port.")
                == ["She → Jane Roe"])
    }

    @Test func subjectIsPreferredOverObject() {
        #expect(Self.references("Mark Hale met Tom Reyes in Oslo. He said the talks went well.")
                == ["He → Mark Hale"])
    }

    @Test func aPronounAgreesWithTheGenderANameOrTitleTells() {
        // The judge, named last and the subject, is a woman by her given name: "he" is the lobbyist.
        #expect(Self.references("Lobbyist Tom Velt was sentenced on Monday. Judge Ellen Marsh read the verdict. "
                                + "He had pleaded guilty in March.") == ["He → Tom Velt"])
        // A title tells it where the name does not: "spokeswoman Kim Osei".
        #expect(Self.references("Mayor Pat Velt signed the bill. Spokeswoman Kim Osei praised it. "
                                + "He thanked the council.") == ["He → Pat Velt"])
        // Given names of either gender, the subject first: "He" is the man named second.
        for (woman, man) in [("Caroline", "Orin"), ("Florence", "Colin"), ("Naomi", "Harry")] {
            #expect(Self.references("\(woman) Venn met \(man) Tal on Monday. He thanked her on Tuesday.")
                        == ["He → \(man) Tal", "her → \(woman) Venn"], "\(woman), \(man)")
        }
        // With no such cue, the subject named last stands.
        #expect(Self.references("Lobbyist Tom Velt was sentenced on Monday. Judge Kim Marsh read the verdict. "
                                + "He had pleaded guilty in March.") == ["He → Kim Marsh"])
    }

    @Test func twoEqualCandidatesGiveNoAnswer() {
        // Both names follow a preposition: neither is the subject.
        #expect(Self.references("A letter from Mark Hale reached Senator Tom Reyes. He was angry.") == [])
    }

    @Test func objectPronounIsNotTheSubjectOfItsSentence() {
        #expect(Self.references("Mark Hale wrote the report. Later Tom Reyes criticised him sharply.")
                == ["him → Mark Hale"])
    }

    @Test func herBeforeNoNounIsAnObjectAndNotItsClausesSubject() {
        // The headline's "her" is not the man who directed her: he stays of no gender until
        // "his" tells it, and "She" is then the woman.
        let text = "Orin Tal directed her to lie.\n\nOrin Tal on Tuesday saw his former aide, Marit Venn, testify against him.\n\n"
            + "She blamed her former boss."
        #expect(Self.references(text) == ["his → Orin Tal", "him → Orin Tal", "She → Marit Venn", "her → Marit Venn"])
    }

    @Test func anObjectAfterAClauseOpenerMayBeTheSubjectBeforeIt() {
        #expect(Self.references("Mark Hale said on Tuesday that the panel had cleared him.") == ["him → Mark Hale"])
        // In its own clause, after a preposition too, it is someone else.
        #expect(Self.references("Tom Reyes left. Mark Hale then put pressure on him.") == ["him → Tom Reyes"])
    }

    @Test func genderLearnedFromAPronounDecidesTheNext() {
        #expect(Self.references("Jane Roe met Tom Reyes in Oslo. She thanked him. He smiled.")
                == ["She → Jane Roe", "him → Tom Reyes", "He → Tom Reyes"])
    }

    @Test func pronounReachStopsAfterTwoSentences() {
        let text = "Mark Hale opened the plant. Workers cheered. Prices rose. Sales fell. He left early."
        #expect(Self.references(text) == [])
    }

    @Test func itActsOnlyWhenItIsAnActor() {
        #expect(Self.references("Acme Corp raised its prices. It said demand was strong.")
                == ["its → Acme Corp", "It → Acme Corp"])
        #expect(Self.references("Acme Corp raised prices. It is unclear why.") == [])
        // The subject of a passive with a preposition after it is a thing met before.
        #expect(Self.references("Acme Corp cut prices. It was forced to shut two plants.") == ["It → Acme Corp"])
        #expect(Self.references("Acme Corp cut prices. It is slated for a listing in May.") == ["It → Acme Corp"])
        #expect(Self.references("Acme Corp cut prices. It is expected that demand falls.") == [])
        #expect(Self.references("Acme Corp cut prices. It was hundred to one.") == [])
    }

    @Test func itsSkipsPeople() {
        #expect(Self.references("Jane Roe left Acme Corp on Monday. Its shares fell.") == ["Its → Acme Corp"])
    }

    @Test func theyAndThePairAreTwoPeopleNamedTogether() {
        #expect(Self.references("Jane Roe and Tom Reyes flew to Oslo. The pair met the mayor. They left.")
                == ["The pair → Jane Roe", "The pair → Tom Reyes", "They → Jane Roe", "They → Tom Reyes"])
        #expect(Self.references("Jane Roe met the mayor. They left.") == [])
    }

    // MARK: - Descriptions and roles

    @Test func roleLearnedFromAnApposition() {
        let text = "Vandel Aircraft Corp, the planemaker, delayed deliveries. Tom Reyes of Orbis Bank "
            + "was not surprised. The planemaker said parts were late."
        #expect(Self.references(text) == ["The planemaker → Vandel Aircraft Corp"])
    }

    @Test func companyNounTakesTheNearestBusiness() {
        #expect(Self.references("Acme Corp cut 300 jobs. The company said sales had fallen.")
                == ["The company → Acme Corp"])
        #expect(Self.references("Jane Roe cut 300 jobs. The company said sales had fallen.") == [])
    }

    @Test func aCompanyRoleNeverTakesAPlace() {
        // A role noun right after a place's comma is no apposition of the place.
        #expect(Self.references("On Velmora Street, company shares fell. Analysts said the technology "
            + "company's outlook was weak.") == [])
        #expect(Self.references("Orbis Labs, a technology company, cut jobs. Analysts said the technology "
            + "company's outlook was weak.") == ["the technology company → Orbis Labs"])
    }

    @Test func whereACompanyIsBasedSaysNoMoreThanTheCompany() {
        #expect(Self.references("Shares of Orbis Labs fell on Monday. The Velmora, Ont.-based company "
            + "lost money.") == ["The Velmora, Ont.-based company → Orbis Labs"])
        #expect(Self.references("Acme Corp cut prices. The Tarsk-based firm said demand was weak.")
                == ["The Tarsk-based firm → Acme Corp"])
        // No business near: nothing to refer to.
        #expect(Self.references("Jane Roe spoke on Monday. The Tarsk-based company lost money.") == [])
        // Nor does its nationality.
        #expect(Self.references("Acme Corp cut prices. The Norwegian company said demand was weak.")
                == ["The Norwegian company → Acme Corp"])
    }

    @Test func personRoleNeedsAnActorIntroducedWithIt() {
        let text = "Chief executive Jane Roe resigned on Monday. Tom Reyes will replace her. "
            + "The chief executive had led the firm for years."
        #expect(Self.references(text).contains("The chief executive → Jane Roe"))
        #expect(!Self.references("Jane Roe resigned on Monday. The president thanked staff.")
            .contains { $0.hasPrefix("The president") })
    }

    @Test func nationalLeaderIsThePersonTitledWithThatNationality() {
        let text = "Norwegian Prime Minister Jane Roe met Tom Reyes. Later the Norwegian leader flew home."
        #expect(Self.references(text) == ["the Norwegian leader → Jane Roe"])
        let other = "Norwegian Prime Minister Jane Roe met Tom Reyes. Later the Swedish leader flew home."
        #expect(Self.references(other) == [])
    }

    // MARK: - Nationality adjectives

    @Test func nationalityActsThroughItsForces() {
        let text = "Troops massed in Norway on Monday. Norwegian forces said the border was closed."
        #expect(Self.references(text) == ["Norwegian → Norway"])
    }

    @Test func nationalityBeforeATitleOrAThingIsNoActor() {
        #expect(Self.references("Talks began in Norway. Norwegian salmon prices rose.") == [])
        #expect(Self.references("Talks began in Norway. Norwegian Prime Minister Jane Roe spoke.") == [])
        // The country must be an actor of the corpus.
        #expect(Self.references("Talks began in Oslo. Swedish forces said the border was closed.") == [])
    }

    @Test func theNationIsItsCountry() {
        #expect(Self.references("Talks began in Norway. The Norwegians walked out.")
                == ["Norwegians → Norway"])
    }
}

@Suite struct ReferenceHeadMatchTests {
    @Test func theHeadOfANameStandsForIt() {
        let text = "Orbis opened the zTunes Music Store on Monday. The store sold a million songs."
        #expect(ReferenceResolutionTests.references(text).contains("The store → zTunes Music Store"))
    }

    @Test func aHeadInACompoundOrWithoutANameNearbyIsNoReference() {
        #expect(!ReferenceResolutionTests.references("Orbis opened the zTunes Music Store. The store manager left.")
            .contains { $0.hasPrefix("The store") })
        #expect(!ReferenceResolutionTests.references("Orbis opened the zTunes Music Store. Sales rose. Prices fell. "
                                                     + "Rents rose. The store closed.")
            .contains { $0.hasPrefix("The store") })
    }
}

@Suite struct ReferenceModifiedDescriptionTests {
    @Test func aModifiedCompanyNounNeedsAnActorIntroducedWithThatRole() {
        let text = "Acme Corp sued the city on Monday. The record label said talks had failed."
        #expect(ReferenceResolutionTests.references(text) == [])
        let plain = "Acme Corp sued the city on Monday. The company said talks had failed."
        #expect(ReferenceResolutionTests.references(plain) == ["The company → Acme Corp"])
    }
}
