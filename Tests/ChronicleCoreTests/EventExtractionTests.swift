import Testing
@testable import ChronicleCore

/// Events drawn from made-up articles: furniture, claimants, clauses, clock times.
@Suite struct EventExtractionTests {
    /// Events as the pipeline draws them; `withReferences` also resolves what refers back
    /// to an actor ("he", "the company").
    static func events(_ text: String, dct: String = "2025-03-12", withReferences: Bool = false,
                       gazetteer: Gazetteer = .empty) -> [Event] {
        let bytes = Array(text.utf8)
        let document = Document(id: "doc", file: "doc.txt", utf8: bytes,
                                creationDate: CreationDate(date: CalendarDate(iso: dct)!, source: .given))
        let sentences = SentenceSplitter.split(bytes)
        let tagger = TimeTagger()
        let timexes = QuoteAnchoring.reanchor(bytes, sentences: sentences,
                                              timexes: tagger.tag(bytes, dct: document.creationDate?.date),
                                              dct: document.creationDate?.date, tagger: tagger)
        let mentions = MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: sentences)
        let resolved = ActorResolver(gazetteer: gazetteer).resolve([mentions])
        let analysis = DocumentAnalysis(document: document, sentences: sentences, timexes: timexes,
                                        mentions: mentions)
        guard withReferences else {
            return EventExtractor.events(analysis, mentionActors: resolved.mentionActors[0], actors: resolved.actors)
        }
        let references = ReferenceResolver(actors: resolved.actors)
            .references(utf8: bytes, sentences: sentences, mentions: mentions, mentionActors: resolved.mentionActors[0])
        return EventExtractor.events(analysis, mentionActors: resolved.mentionActors[0], actors: resolved.actors,
                                     references: references)
    }

    @Test func pageFurnitureGivesNoEvents() {
        let text = """
            Home | World | Politics
            Follow us on Telegram for updates from March 10.

            Mayor Ivan Petrenko opened the new bridge in Poltava on Monday.

            Keep reading: what happened on March 3

            Related Posts
            Anna Koval, March 11, 2025
            Tue 11 Mar 2025 12.11 GMT
            © 2025 Daily Example. All rights reserved.
            """
        let events = Self.events(text)
        #expect(events.count == 1)
        #expect(events.first?.date.value == "2025-03-10")
        #expect(events.first?.summary.hasPrefix("Mayor Ivan Petrenko") == true)
    }

    @Test func aShortSpanEndingNowIsTheArticlesDay() {
        let events = Self.events("Over the past 24 hours, troops shelled Kupiansk.\nThe siege lasted 24 hours.\n")
        #expect(events.map(\.date.value) == ["2025-03-12"])
    }

    @Test func yearsWrittenBeforeANameSayWhichModelsNotWhen() {
        // Each sentence's only years name the models: both tell what the article reports.
        let models = Self.events("""
            Velka Motors recalled thousands of its 2003-07 Arno sedans after owners reported faults in their brakes.
            The carmaker also recalled the 1998 and 1999 Corsa Lite after dealers reported failing brakes.

            """, withReferences: true)
        #expect(models.map(\.date.value) == ["2025-03-12", "2025-03-12"])
        // A span of years on its own, or one year before a name, still dates what it tells.
        let dated = Self.events("Velka built sedans in 2003-07 in Porto.\nVelka opened its 2003 Porto plant.\n")
        #expect(dated.map { String($0.date.value.prefix(4)) } == ["2003", "2003"])
    }

    @Test func oneYearAfterADeterminerBeforeAModelsNameSaysWhichModel() {
        let model = Self.events("Velka Motors recalled the 2004 Arno Tern after owners reported faults in its brakes.\n",
                                withReferences: true)
        #expect(model.map(\.date.value) == ["2025-03-12"])
        // Before one capitalised word the year is more often the happening's own.
        let happening = Self.events("Velka Motors closed its plant during the 2004 Porto strike.\n")
        #expect(happening.map { String($0.date.value.prefix(4)) } == ["2004"])
    }

    @Test func aYearWrittenAsPartOfANameIsNoDate() {
        // "Velka Expo 2019" names an edition: the lead is the article's news.
        let named = Self.events("Designer Ana Roe showed her new phone at the Velka Expo 2019 in Porto to a crowd of buyers.\n")
        #expect(named.map(\.date.value) == ["2025-03-12"])
        // After a word of the calendar or of the grammar, the year is the date.
        let dated = Self.events("Velka showed its first phone in June 2019 in Porto.\nIn 2019 Velka opened a shop in Porto.\n")
        #expect(dated.map(\.date.value) == ["2019-06", "2019"])
    }

    @Test func aYearAfterAOrAnSaysWhichThingNotWhen() {
        // The lead is the article's news; its only year says which operation.
        let which = Self.events("Mayor Ana Velt was found guilty of bribery after being caught in a 2010 sting operation.\n")
        #expect(which.map(\.date.value) == ["2025-03-12"])
        // After "the", or before a verb, the year still dates the sentence.
        let dated = Self.events("Mayor Ana Velt won the 2010 election in the city of Porto.\nMayor Ana Velt was arrested in 2010 in Porto.\n")
        #expect(dated.map(\.date.value) == ["2010", "2010"])
    }

    @Test func aYearJoinedToTheNextWordSaysOfWhichTime() {
        let aged = Self.events("The new jets will replace Velair's 1990s-vintage Orvik jets and a 2008-era fleet.\n")
        #expect(!aged.contains { $0.date.value.hasPrefix("199") || $0.date.value.hasPrefix("2008") })
        // A span of years, or a year with a word after a space, still dates the clause.
        let dated = Self.events("Velair flew the jets in 2008-09 across Porto.\nVelair bought jets in 1998 for Porto.\n")
        #expect(dated.map(\.date.value).contains("1998"))
        #expect(dated.contains { $0.date.value.hasPrefix("2008") })
    }

    @Test func cueWordsInsideProseDoNotMakeFurniture() {
        let events = Self.events("Russia's share of the market fell on Monday.\nShare this story on Monday\n")
        #expect(events.count == 1)
        #expect(events.first?.summary.hasPrefix("Russia's share") == true)
    }

    @Test func durationsAndUndatedSentencesAreNoEvents() {
        let events = Self.events("The siege lasted three weeks. Talks resumed every Monday. Nobody knows why.\n")
        #expect(events.isEmpty)
    }

    @Test func claimantsComeFromAttribution() {
        let text = """
            On Sunday, troops took the village of Hlyboke, according to the Defence Ministry (MoD).
            The MoD said on Tuesday that 40 drones were downed, according to RIA.
            Two people were hurt in Sumy on Monday, the regional governor Oleh Hryhorov said.
            Poland’s army said on Wednesday that a balloon had landed in Poland.
            """
        let events = Self.events(text)
        #expect(events.count == 4)
        // The relay (RIA) does not take the claim from the one who made it (the MoD).
        #expect(events.map(\.claimant) == ["Defence Ministry", "Defence Ministry", "Oleh Hryhorov", "Poland’s army"])
    }

    @Test func aSpokespersonForSomeoneIsTheClaimant() {
        let text = """
            An official in the office of Prime Minister Jonas Varga said on Monday that the vote was delayed.
            A spokesman for the Ministry of Health told reporters on Tuesday that 12 clinics closed.
            Prime Minister Jonas Varga said on Wednesday that the vote would go ahead.
            """
        let events = Self.events(text)
        #expect(events.count == 3)
        #expect(events[0].claimant?.hasPrefix("official in the office of") == true)
        #expect(events[0].claimant?.hasSuffix("Jonas Varga") == true)
        #expect(events[1].claimant?.hasPrefix("spokesman for") == true)
        #expect(events[2].claimant == "Jonas Varga")
    }

    @Test func aRoleQualifiedByANameIsTheClaimant() {
        let events = Self.events("Talks resumed in Vienna on Monday, an Interior Ministry official said.\n")
        #expect(events.map(\.claimant) == ["Interior Ministry official"])
    }

    @Test func aSpeakerDescribedAroundANameIsTheClaimant() {
        let text = """
            Fares will rise, Mayor Ana Ruiz's press office said on Monday.
            The merger was blocked on Tuesday, EU competition regulators said.
            Marta Lind, head of the harbour authority, wrote on Wednesday that the quay was closed.
            “We are ready,” Jonas Berg, the union's chief negotiator, said on Thursday.
            The ferry resumed service on Friday, Jonas Berg later said.
            Roads closed on Saturday, Ivo Dunst, director of the Office of Roads, announced.
            """
        #expect(Self.events(text).map(\.claimant) == [
            "Ana Ruiz's press office", "EU competition regulators", "Marta Lind", "Jonas Berg", "Jonas Berg",
            "Ivo Dunst",
        ])
    }

    @Test func aMediumOrPlaceAfterTheVerbIsNoSpeaker() {
        let text = """
            “The road is open,” the mayor wrote on Telegram on Monday.
            “We stay,” the envoy said in Geneva on Tuesday.
            """
        #expect(Self.events(text).map(\.claimant) == [nil, nil])
    }

    @Test func statesAfterANameIsANoun() {
        let text = """
            Storms hit the Gulf Coast states on Monday, according to local utilities.
            The Baltic Shipping Institute states that fees rose on Tuesday.
            """
        // Dated by their own time expressions (the saying itself is an event of its own).
        #expect(Self.events(text).filter { $0.basis == .text }.map(\.claimant) == [nil, "Baltic Shipping Institute"])
    }

    @Test func accordingToAnOwnersBodyNamesTheBody() {
        let text = "Exports fell in March, according to the Baltic Shipping Institute's Research Unit.\n"
        #expect(Self.events(text).map(\.claimant) == ["Baltic Shipping Institute's Research Unit"])
    }

    @Test func aCommaInsideANumberIsNoClauseBoundary() {
        let text = "Almost 170,000 homes lost power on Tuesday after storms hit the coast on Monday.\n"
        let events = Self.events(text)
        let bytes = Array(text.utf8)
        let passages = events.map { String(decoding: bytes[$0.passage.start..<$0.passage.end], as: UTF8.self) }
        #expect(passages.allSatisfy { $0.hasPrefix("Almost 170,000 homes") })
    }

    @Test func aWireDatelineIsNoPartOfThePassage() {
        let text = """
            VILNIUS, March 11 (Reuters) - Lithuania closed two border crossings on Monday, officials said.

            PORT-AU-PRINCE, Haiti — Gangs blocked the main road on Tuesday.

            DENVER (KDVR) --Crews reopened the pass on Tuesday.

            US - China talks resumed in Geneva on Wednesday.

            (Reuters) -Velmar Inc on Wednesday replaced its chief executive.
            """
        let events = Self.events(text)
        let bytes = Array(text.utf8)
        let passages = events.map { String(decoding: bytes[$0.passage.start..<$0.passage.end], as: UTF8.self) }
        #expect(passages == [
            "Lithuania closed two border crossings on Monday, officials said.",
            "Gangs blocked the main road on Tuesday.",
            "Crews reopened the pass on Tuesday.",
            "US - China talks resumed in Geneva on Wednesday.",
            "Velmar Inc on Wednesday replaced its chief executive.",
        ])
        // The dateline's own date is when the story was filed, not a happening.
        #expect(events.map(\.date.value) == ["2025-03-10", "2025-03-11", "2025-03-11", "2025-03-12", "2025-03-12"])
        #expect(!events[4].actors.contains { $0.name == "Reuters" })
        #expect(!events[0].actors.contains { $0.name == "Reuters" })
    }

    /// A place in title case with a day after it and a plain hyphen is a dateline too; a
    /// title-case word and a hyphen without a day are the sentence's own.
    @Test func aTitleCaseDatelineWithAHyphenIsNoPartOfThePassage() {
        let text = """
            Ferry talks

            Tallinn, March 11, 2025 - Ferry crews met port officials on Monday, a union said.

            Tallinn - and not Riga - hosted the ferry talks on Tuesday.
            """
        let events = Self.events(text)
        let bytes = Array(text.utf8)
        let passages = events.map { String(decoding: bytes[$0.passage.start..<$0.passage.end], as: UTF8.self) }
        #expect(passages == [
            "Ferry crews met port officials on Monday, a union said.",
            "Tallinn - and not Riga - hosted the ferry talks on Tuesday.",
        ])
        #expect(events.first?.date.value == "2025-03-10")
    }

    /// A page asking its reader to act ("Create an account today!") is no event; news that
    /// opens with the same verbs but tells of others is.
    @Test func imperativesToTheReaderAreNoEvents() {
        let text = """
            The ferry resumed service on Monday, the operator said.

            Create an account today!

            Sign up now for alerts on Tuesday sailings.

            Subscribe today and get your first month free.

            Join the crew on Friday: the operator is hiring deckhands, a spokeswoman said.

            Watch crews repainted the hull on Wednesday.
            """
        let bytes = Array(text.utf8)
        let passages = Self.events(text).map { String(decoding: bytes[$0.passage.start..<$0.passage.end], as: UTF8.self) }
        #expect(passages.contains("The ferry resumed service on Monday, the operator said."))
        #expect(passages.contains("Watch crews repainted the hull on Wednesday."))
        #expect(passages.contains { $0.hasPrefix("Join the crew on Friday") })
        #expect(!passages.contains { $0.hasPrefix("Create") || $0.hasPrefix("Sign up") || $0.hasPrefix("Subscribe") })
    }

    @Test func verbsWithAnObjectAreNotSpeech() {
        let text = """
            Rising prices in Chile have added pressure on the central bank since Monday.
            Finance Minister Ana Ruiz added on Tuesday that rates would stay put.
            """
        #expect(Self.events(text).map(\.claimant) == [nil, "Ana Ruiz"])
    }

    @Test func aNameAfterSaidWithoutACommaIsWhatWasSaid() {
        let text = """
            Police said Ivan Dorn attacked the guard on Monday.
            They also said the Coast Guard had searched the bay since Tuesday.
            “We will rebuild,” said Mayor Ana Ruiz on Wednesday.
            Israeli police said on Thursday that the road was closed.
            """
        #expect(Self.events(text).map(\.claimant) == ["Police", nil, "Ana Ruiz", "Israeli police"])
    }

    @Test func infinitivesRelativeClausesAndPassivesNameNoClaimant() {
        let text = """
            Analysts urged Moldova to say on Monday whether it would join.
            The report by the Council of Europe that states the rules was published on Tuesday.
            Mayor Ivan Petrenko was announced as the winner on Wednesday.
            """
        #expect(Self.events(text).map(\.claimant) == [nil, nil, nil])
    }

    @Test func twoDatesForTwoHappeningsGiveTwoClauses() {
        let text = "The envoy arrived in Ankara on Monday, and the ministers met in Baku on March 14.\n"
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2025-03-10", "2025-03-14"])
        #expect(events[0].passage.end <= events[1].passage.start)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[events[1].passage.start..<events[1].passage.end], as: UTF8.self)
                    .hasPrefix("and the ministers met"))
    }

    @Test func aListIsNeverCutIntoClauses() {
        let text = "On March 3, the envoys of Chile, Peru, and the UK signed a pact to meet again on April 9.\n"
        let events = Self.events(text)
        let bytes = Array(text.utf8)
        let passages = events.map { String(decoding: bytes[$0.passage.start..<$0.passage.end], as: UTF8.self) }
        #expect(passages == ["On March 3, the envoys of Chile, Peru, and the UK signed a pact to meet again on April 9."])
        #expect(events.map(\.date.value) == ["2025-03-03"])
    }

    @Test func aDateOpeningTheSentenceDatesItsMainClause() {
        let text = "On Friday (March 7), police detained a man wanted for a robbery in February.\n"
        let events = Self.events(text)
        #expect(events.count == 1)
        #expect(events.first?.date.value == "2025-03-07")
        #expect(events.first?.passage.start == 0)
    }

    @Test func aContrastStartsANewClause() {
        let text = "The envoys were due in Warsaw on Friday but they flew home on Tuesday.\n"
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2025-03-07", "2025-03-11"])
    }

    @Test func aSecondVerbOfTheSameSubjectStartsAClauseWithThatSubject() {
        let text = "Ana Ruiz ran the port in 2019 and took a year off in early 2022.\n"
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2019", "2022"])
        #expect(events.map { $0.actors.map(\.name) } == [["Ana Ruiz"], ["Ana Ruiz"]])
        // "and" before a noun joins two things of one clause: one date stays.
        #expect(Self.events("Ana Ruiz ran the port in 2019 and the docks in early 2022.\n").count == 1)
    }

    @Test func oneClauseKeepsItsMostPreciseDate() {
        let events = Self.events("Officials said on Tuesday that the winter had been hard.\n")
        #expect(events.map(\.date.value) == ["2025-03-11"])
    }

    @Test func aBareClockTimeFollowsTheLastExplicitDay() {
        let text = "A bomb went off in Odesa on February 20, 2025. The blast came at 6:30 a.m. local time.\n"
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2025-02-20", "2025-02-20T06:30"])
    }

    @Test func aBareClockTimeFollowsANamedWeekdayAFewSentencesBack() {
        // Written on Wednesday 12 March: the storm's day is Tuesday, and so is its clock time.
        let text = """
            A storm hit the port of Porto on Tuesday. Ships stayed in the harbour. Cranes stood still. \
            Crews waited for news. The ferry Vela finally docked at 4 p.m. with its passengers.

            """
        #expect(Self.events(text).map(\.date.value) == ["2025-03-11", "2025-03-11T16:00"])
        // Far past the named day, the clock is the article's own day's.
        let far = "A storm hit the port of Porto on Tuesday." + String(repeating: " Crews waited for news.", count: 7)
            + " The ferry Vela finally docked at 4 p.m. with its passengers.\n"
        #expect(Self.events(far).map(\.date.value) == ["2025-03-11", "2025-03-12T16:00"])
    }

    @Test func theSignatureOfAnEmbeddedPostIsNoEvent() {
        let text = "The bridge will reopen on Friday, the city said. pic.twitter.com/x1Y2— Mayor Ana Ruiz (@AnaRuiz) March 11, 2025\n"
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2025-03-14"])
    }

    @Test func aDateStampWithAbbreviationsIsNoEvent() {
        let text = """
            Ferry strike ends
            Mar. 11, 2025Updated 2:41 p.m. ET

            The strike ended on Monday after talks.
            """
        #expect(Self.events(text).map(\.date.value) == ["2025-03-10"])
    }

    @Test func aClockWithItsOwnDayStaysThere() {
        let text = "Police charged a man over the February 20 fire and will brief reporters tomorrow at 2 p.m.\n"
        let values = Self.events(text).map(\.date.value)
        #expect(values.contains("2025-03-13T14:00"))
        #expect(!values.contains("2025-02-20T14:00"))
    }

    @Test func aQuotationKeepsTheTimeItWasSaidIn() {
        let text = """
            Here is what the paper wrote back in October 2024:

            “The new dam was opened earlier this month. Engineers said on Friday it would hold.”

            The dam failed on Monday.
            """
        let events = Self.events(text)
        #expect(events.map(\.date.value) == ["2024-10", "2024-10", "2024-10-25", "2025-03-10"])
    }

    @Test func kindsFollowCueWords() {
        #expect(EventKindClassifier.classify("Drones struck a depot and killed two soldiers") == .military)
        #expect(EventKindClassifier.classify("The envoys met for talks in Riyadh") == .talks)
        #expect(EventKindClassifier.classify("Parliament voted to hold elections") == .politics)
        #expect(EventKindClassifier.classify("She said the weather was fine") == .statement)
        #expect(EventKindClassifier.classify("A proposal was unveiled") == .plan)
        #expect(EventKindClassifier.classify("The sun rose") == .other)
        #expect(EventKindClassifier.classify("The minister said drones hit a depot") == .military)
        #expect(EventKindClassifier.classify("The general spoke at a press conference, stating that he was ready") == .statement)
    }

    @Test func willAfterAPossessiveOrAnArticleIsNoIntention() {
        #expect(EventKindClassifier.classify("The coach was convicted of kissing the player against her will") == .other)
        #expect(EventKindClassifier.classify("The will of the people was clear") == .other)
        #expect(EventKindClassifier.classify("The coach will appeal the ruling") == .plan)
        #expect(EventKindClassifier.classify("It was a move that will clear the way") == .plan)
    }

    @Test func aFightingWordUsedOfBusinessIsNoFighting() {
        #expect(EventKindClassifier.classify("Orbis fired its chief executive on Monday") == .other)
        #expect(EventKindClassifier.classify("The bank said it will pay an advance dividend") == .statement)
        #expect(EventKindClassifier.classify("Velair struck a deal with its pilots") != .military)
        // Beside a word of fighting alone, or another such word, they are fighting.
        #expect(EventKindClassifier.classify("Drones struck a depot") == .military)
        #expect(EventKindClassifier.classify("Strikes killed five people in the port") == .military)
    }

    @Test func aCrimeIsNoFighting() {
        #expect(EventKindClassifier.classify("Police said the suspect shot and killed a clerk") != .military)
        #expect(EventKindClassifier.classify("The gunman was arrested after the shooting") != .military)
        // An army in the passage keeps it military, police or not.
        #expect(EventKindClassifier.classify("Military police said troops killed two militants") == .military)
    }

    @Test func aCrashAStormOrAWalkoutIsNoFighting() {
        #expect(EventKindClassifier.classify("A cargo plane crashed near the runway, killing both pilots") == .other)
        #expect(EventKindClassifier.classify("Regulators grounded the jet after a second crash") == .other)
        #expect(EventKindClassifier.classify("Dock workers went on strike over pay") == .other)
        #expect(EventKindClassifier.classify("The storm struck the coast and destroyed two piers") == .other)
        // Armed forces in the passage keep it military.
        #expect(EventKindClassifier.classify("A military transport crashed after a missile struck it, killing the crew") == .military)
        #expect(EventKindClassifier.classify("Troops fired on striking workers") == .military)
    }

    @Test func theCourtroomSideOfACrimeIsNoPolitics() {
        #expect(EventKindClassifier.classify("The suspect was arrested on murder charges") == .other)
        #expect(EventKindClassifier.classify("Police searched a house on Larch Court") == .other)
        // Without police work, courts and laws are politics; with it, so are elections.
        #expect(EventKindClassifier.classify("The court struck down the new law") == .politics)
        #expect(EventKindClassifier.classify("Police arrested protesters as parliament debated the election law") == .politics)
    }

    @Test func actorsAreThoseNamedInThePassage() {
        let events = Self.events("Chancellor Klaus Brenner visited Lviv on Monday. Nothing else happened.\n")
        #expect(events.first?.actors.map(\.name) == ["Klaus Brenner", "Lviv"])
    }

    @Test func aDateInACompanysNameDatesNothing() {
        let events = Self.events("""
            Sunday Velmar (NASDAQ:SVLM) released its results on Monday. Sunday Velmar had a loss of 3%.
            """)
        #expect(events.map(\.date.value) == ["2025-03-10"])
    }

    @Test func aClauseOfNothingButItsTimeIsNoEventButStillDates() {
        let events = Self.events("Yesterday. Orvex published its defence document against the bid of Velk in the morning.\n")
        #expect(!events.contains { $0.summary == "Yesterday." }, "\(events.map(\.summary))")
        #expect(events.first?.date.value == "2025-03-11", "\(events.map(\.date.value))")
    }
}
