import Testing
@testable import ChronicleCore

/// The name rules' small word classes (abbreviations inside a name, paired particles,
/// determiners, object openers, clock ends, speech lead-ins, word endings) are the
/// lexicon's: each test shows the rule with the built-in words and, where it tells, with a
/// lexicon that lacks them.
@Suite struct NameRuleClassTests {
    static func mentions(_ text: String, lexicon: Lexicon = .bundled) -> [String: ActorKind?] {
        let bytes = Array(text.utf8)
        var out: [String: ActorKind?] = [:]
        let recognizer = MentionRecognizer(gazetteer: .empty, lexicon: lexicon)
        for m in recognizer.mentions(in: bytes, sentences: SentenceSplitter.split(bytes)) { out[m.text] = m.kind }
        return out
    }

    static func changed(_ yaml: String) -> Lexicon { ReferenceLexiconTests.changed(yaml) }

    @Test func anAbbreviationInsideANameKeepsItGoingPastItsDot() {
        let found = Self.mentions("Climbers reached Mt. Kelmar on Saturday, said Cpl. Ines Varga.")
        #expect(found["Mt. Kelmar"] == .place)
        #expect(found["Ines Varga"] == .person)
        #expect(!found.keys.contains { $0.contains("Cpl") })
    }

    @Test func aPlaceAcronymIsNoTitle() {
        let found = Self.mentions("Prices rose in the U.S. The vote was delayed.")
        #expect(!found.keys.contains { $0.contains("The") })
    }

    @Test func aPairedParticleJoinsTheNameOnlyAfterAParticle() {
        let text = "Talks with Ursula von der Marren ended on Tuesday."
        #expect(Self.mentions(text)["Ursula von der Marren"] == .person)
        let without = Self.changed("pairedParticle:\n  replace: [los]\n")
        #expect(Self.mentions(text, lexicon: without)["Ursula von der Marren"] == nil)
    }

    @Test func aSpeakerAfterADeterminerIsABodyNotAPerson() {
        let text = "Later, the Velmora said on Monday that prices would rise."
        #expect(Self.mentions(text)["Velmora"] == .organization)
        let without = Self.changed("determiner:\n  replace: [such]\n")
        #expect(Self.mentions(text, lexicon: without)["Velmora"] == .person)
    }

    @Test func anEndingGivesAWordTheShapeOfAnAdjective() {
        let text = "Famous bakers met in Kelmar on Monday."
        #expect(Self.mentions(text)["Famous"] == nil)
        let without = Self.changed("adjectiveEnding:\n  replace: [ish]\n")
        #expect(Self.mentions(text, lexicon: without).keys.contains("Famous"))
    }

    @Test func aShortZoneAfterAClockEndIsNoName() {
        #expect(Self.mentions("The meeting ended at noon ET on Thursday.")["ET"] == nil)
        let without = Self.changed("clockEnd:\n  replace: [am, pm]\n")
        #expect(Self.mentions("The meeting ended at noon ET on Thursday.", lexicon: without).keys.contains("ET"))
    }

    @Test func anEmptyItTellsNothingOfTheSpeaker() {
        #expect(Self.mentions("Velmora said on Monday it would close the port.")["Velmora"] == .organization)
        let text = "Velmora said on Monday it was too late to close the port."
        #expect(Self.mentions(text)["Velmora"] == .person)
        let without = Self.changed("emptyItVerb:\n  replace: [is]\n")
        #expect(Self.mentions(text, lexicon: without)["Velmora"] == .organization)
    }

    @Test func aGenerationMarkIsWrittenCapitalisedAndNamesNobodyAlone() {
        let bundled = Lexicon.bundled
        #expect(NameLexicon.isGenerationMark("Jr.", lexicon: bundled))
        #expect(NameLexicon.isGenerationMark("Sr", lexicon: bundled))
        #expect(NameLexicon.isGenerationMark("XIV", lexicon: bundled))
        #expect(!NameLexicon.isGenerationMark("JR", lexicon: bundled))
        #expect(!NameLexicon.isGenerationMark("Hale", lexicon: bundled))
        var actors = [Actor(name: "Dana Hale Esq", kind: .person, aliases: ["Dana Hale Esq"], mentions: 2)]
        var withEsq = actors
        AliasGraph.addSurnames(&actors, lexicon: bundled)
        #expect(actors[0].aliases.contains("Esq"))
        AliasGraph.addSurnames(&withEsq, lexicon: Self.changed("generationMark:\n  add: [esq]\n"))
        #expect(!withEsq[0].aliases.contains("Esq"))
    }

    @Test func aSibilantEndingDropsEs() {
        #expect(AliasGraph.singularForms("zPod Touches", lexicon: .bundled) == ["zPod Touch", "zPod Touche"])
        let without = Self.changed("sibilantPluralEnding:\n  replace: [xes]\n")
        #expect(AliasGraph.singularForms("zPod Touches", lexicon: without) == ["zPod Touche"])
        #expect(AliasGraph.singularForms("zBoxes", lexicon: without) == ["zBox", "zBoxe"])
    }
}
