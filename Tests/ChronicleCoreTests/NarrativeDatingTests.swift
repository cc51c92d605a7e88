import Testing
@testable import ChronicleCore

/// Happenings told without a time expression: which clauses are events, and what dates them.
@Suite struct NarrativeDatingTests {
    static func events(_ text: String, dct: String = "2025-03-12") -> [Event] {
        EventExtractionTests.events(text, dct: dct)
    }

    static func undated(_ text: String, dct: String = "2025-03-12") -> [Event] {
        events(text, dct: dct).filter { $0.basis != .text }
    }

    @Test func aClauseAfterADatedOneTakesItsDate() {
        let text = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. "
            + "Governor Olena Hrytsenko cut the ribbon with him at the western end of it.\n"
        let events = Self.events(text)
        #expect(events.count == 2)
        let second = events.last
        #expect(second?.basis == .context)
        #expect(second?.timex == nil)
        #expect(second?.date.value == "2025-03-10")
        #expect(second?.datedBy == events.first?.passage)
    }

    @Test func aNameBeforeACommaAndAGroupNounIsNoSpeaker() {
        // The people speak, not the agency: no named participant, no happening.
        #expect(Self.undated("Velcor is expected to be charged for hiding data from the Orvane Agency, three people said.\n").isEmpty)
        #expect(Self.undated("Velcor faces charges for hiding data from the Orvane Agency, officials have said.\n").isEmpty)
        // A list's comma is no such break: each name there takes part.
        let listed = Self.undated("Talks involving Velmar, Orvania, and Tarnish mediators have ended.\n")
        #expect(listed.first.map { Set($0.actors.map(\.name)).isSuperset(of: ["Velmar", "Orvania"]) } == true, "\(listed)")
    }

    @Test func aBlankLineBreaksTheThreadALineBreakDoesNot() {
        let lead = "Mayor Ivan Petrenko opened the new bridge in Poltava on Monday. "
            + "It is the longest bridge of the region and carries four lanes of traffic."
        let next = "Governor Olena Hrytsenko cut the ribbon with him at the western end of it.\n"
        #expect(Self.undated(lead + " " + next).map(\.basis) == [.context])
        #expect(Self.undated(lead + "\n" + next).map(\.basis) == [.context])
        #expect(Self.undated(lead + "\n\n" + next).isEmpty)
    }

    @Test func theLeadsDayReachesOnlyItsOwnParagraph() {
        let lead = "Yesterday, Aerolinea Norte grounded twelve aircraft at its main hub in the north. "
            + "The planes were old and the weather in the mountains was rather poor for all of them. "
            + "The sky was grey and the runway was wet for the whole of the long afternoon."
        let next = "Later the regulator Civil Air Office ordered checks of every engine of that kind.\n"
        #expect(Self.undated(lead + " " + next).map(\.basis) == [.context])
        #expect(Self.undated(lead + "\n" + next).isEmpty)
    }

    @Test func aPresentPerfectReportTakesTheArticlesDate() {
        let text = "The carrier Aerolinea Norte has fired its chief executive over the delays at the hub.\n"
        let events = Self.undated(text)
        #expect(events.count == 1)
        #expect(events.first?.basis == .published)
        #expect(events.first?.date.value == "2025-03-12")
    }

    @Test func aSimplePastInTheLeadTakesTheArticlesDate() {
        let text = "Headline About Planes\nAerolinea Norte grounded twelve aircraft after an engine inspection found cracks.\n"
        #expect(Self.undated(text).map(\.basis) == [.published])
    }

    @Test func aSayingThatNothingDatesTakesTheArticlesDate() {
        let lead = "Yesterday, Aerolinea Norte grounded twelve aircraft at its main hub in the north.\n\n"
            + "The planes were old and the weather in the mountains was rather poor for all of them.\n\n"
        let said = Self.undated(lead + "Chief pilot Marta Quell said the checks would take a week at most.\n")
        #expect(said.map(\.basis) == [.published])
        #expect(said.first?.date.value == "2025-03-12")
        #expect(said.first?.actors.map(\.name) == ["Marta Quell"])
        // Another past so far from any date may be background from any time; so is a past perfect.
        #expect(Self.undated(lead + "Chief pilot Marta Quell inspected the engines of the fleet herself.\n").isEmpty)
        #expect(Self.undated(lead + "Chief pilot Marta Quell had said the checks would take a week.\n").isEmpty)
    }

    @Test func theLeadsDayDatesTheStoryItTells() {
        let text = "Yesterday, Aerolinea Norte grounded twelve aircraft at its main hub in the north. "
            + "The planes were old and the weather in the mountains was rather poor for all of them. "
            + "Later the regulator Civil Air Office ordered checks of every engine of that kind.\n"
        let last = Self.events(text).last
        #expect(last?.basis == .context)
        #expect(last?.date.value == "2025-03-11")
    }

    @Test func anOpinionIsNoEvent() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "I think Foreign Minister Jonas Varga probably wanted a much better deal than that.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func questionsConditionalsAndHabitsAreNoEvents() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "Did Foreign Minister Jonas Varga really sign the whole deal for the government? "
            + "If Jonas Varga signed it, the government in the capital promised to resign at once. "
            + "Jonas Varga usually visited the northern ports with a delegation of officials.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aDescriptionIsNoEvent() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "Foreign Minister Jonas Varga is a tall man with a grey beard and a loud voice.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aStateInThePerfectIsNoEvent() {
        let text = "Foreign Minister Jonas Varga has been clear about the grain corridor for many years.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aPastPerfectIsBackground() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "Foreign Minister Jonas Varga had planned the whole meeting for a long time before.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aQuotedIntentionIsNoEvent() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "“We will open the ports for every ship,” said Jonas Varga.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aClauseWithoutANamedParticipantIsNoEvent() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "The meeting ended late in the evening after a long and difficult dinner.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aPossessorIsNoParticipant() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "Jonas Varga’s long view of the corridor, as widely reported, stays the same.\n"
        #expect(Self.undated(text).isEmpty)
    }

    @Test func aPastHappeningDoesNotContinueAFutureDate() {
        let text = "Aerolinea Norte will resume its flights to the coast on June 1. "
            + "Aerolinea Norte apologised to its passengers for the long delays of the winter.\n"
        let second = Self.undated(text).first
        #expect(second.map { $0.date.value != "2025-06-01" } ?? true)
    }

    @Test func onlyTheParticipantsAreTheEventsActors() {
        let text = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
            + "Jonas Varga signed the deal, a text that the office of Carla Mendes in Lisbon drafted for months.\n"
        let names = Self.undated(text).first.map { $0.actors.map(\.name) } ?? []
        #expect(names.contains("Jonas Varga"))
        #expect(!names.contains("Lisbon"))
    }

    @Test func aParticiplePhraseIsNoFiniteVerbButAnAppositionKeepsIt() {
        let lead = "Ministers met in Geneva on Monday to talk about the grain corridor again. "
        let phrase = "Jonas Varga has a new office by the lake, painted in white and blue for the summer.\n"
        #expect(Self.undated(lead + phrase).isEmpty)
        let apposition = "Jonas Varga, the foreign minister, opened the new office by the lake in the evening.\n"
        #expect(Self.undated(lead + apposition).count == 1)
    }

    @Test func aLongAppositionKeepsItsSubjectAParticipant() {
        let text = "Tam Hale, the founder and former chief executive of the lender Orvex, has been found guilty of fraud.\n"
        let names = Self.undated(text).first.map { $0.actors.map(\.name) } ?? []
        #expect(names.contains("Tam Hale"), "\(names)")
        // So does a relative clause about the subject.
        let relative = "Tam Hale, who is heading a probe by the Velmar Safety and Analysis Bureau, has told reporters it will take months.\n"
        let relativeNames = Self.undated(relative).first.map { $0.actors.map(\.name) } ?? []
        #expect(relativeNames.contains("Tam Hale"), "\(relativeNames)")
        // And a description owned by another name.
        let owned = "Tam Hale, Orvex's vice president of product quality and service, has said the parts were tested.\n"
        let ownedNames = Self.undated(owned).first.map { $0.actors.map(\.name) } ?? []
        #expect(ownedNames.contains("Tam Hale"), "\(ownedNames)")
        // An apposition another subject follows is no bridge to that subject's verb.
        let other = "After weeks of delay over the border town Lorca, a known haven of smugglers, Ana Ruiz has agreed to talks.\n"
        let otherNames = Self.undated(other).first.map { $0.actors.map(\.name) } ?? []
        #expect(otherNames.contains("Ana Ruiz") && !otherNames.contains("Lorca"), "\(otherNames)")
        let speaker = "The passengers included executives of the firm Orvex; city officials of Lorca; and leaders of Velmor Aid, "
            + "a renowned civic group that works against crime and poverty, Brazilian officials said.\n"
        #expect(!Self.undated(speaker).contains { $0.actors.map(\.name).contains("Velmor Aid") })
        // A subject farther off than the reach, with no apposition between, is none.
        let far = "Tam Hale and the board of the lender that the family built over the years have been fined.\n"
        #expect(Self.undated(far).isEmpty)
    }

    @Test func aBoundIsNoTimeToContinue() {
        let text = "Shares of Norte Air closed below ten dollars, their lowest close since June 9. "
            + "Norte Air blamed the weak demand for long flights over the summer months.\n"
        #expect(Self.undated(text, dct: "2025-06-30").allSatisfy { $0.date.value != "2025-06-09" })
    }

    @Test func aCorpusLexiconAddsAnOpinionCue() throws {
        let article = """
            Grain talks

            Ministers met in Geneva on Monday to talk about the grain corridor again. \
            Foreign Minister Jonas Varga reputedly signed the whole deal with the envoy in secret.
            """
        func undated(_ lexicon: String?) throws -> Int {
            let folder = try TempFolder()
            try folder.write("grain.txt", article)
            try folder.write("grain.yaml", "published: 2025-03-12\n")
            if let lexicon { try folder.write("lexicon.yaml", lexicon) }
            let chronology = try Pipeline.chronology(folder: folder.path)
            return chronology.entries.flatMap(\.sources).filter { $0.basis != .text }.count
        }
        #expect(try undated(nil) == 1)
        #expect(try undated("opinionCue:\n  add: [reputedly]\n") == 0)
    }

    @Test func datingRulesInOrder() {
        let day = TimeValue("2025-03-10")!
        let previous = NarrativeDating.Anchor(date: day, passage: ByteRange(0, 10), sentence: 3, paragraph: 1, section: 0)
        let published = CalendarDate(iso: "2025-03-12")
        let near = NarrativeDating.Position(sentence: 4, paragraph: 1, section: 0, inLead: false)
        let far = NarrativeDating.Position(sentence: 9, paragraph: 1, section: 0, inLead: false)
        #expect(NarrativeDating.date(.past, at: near, previous: previous, lead: nil, published: published)?.basis == .context)
        #expect(NarrativeDating.date(.perfect, at: far, previous: previous, lead: nil, published: published)?.basis == .published)
        #expect(NarrativeDating.date(.perfect, at: near, previous: previous, lead: nil, published: published)?.basis == .published)
        #expect(NarrativeDating.date(.past, at: far, previous: previous, lead: nil, published: published) == nil)
        let month = NarrativeDating.Anchor(date: TimeValue("2025-02")!, passage: ByteRange(0, 10), sentence: 3, paragraph: 1,
                                           section: 0)
        #expect(NarrativeDating.date(.past, at: near, previous: month, lead: nil, published: published) == nil)
    }
}
