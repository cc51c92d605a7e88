import Testing
@testable import ChronicleCore

/// Recognition by rule alone, on a made-up article (no gazetteer).
@Suite struct ActorRecognitionTests {
    static let article = """
        Orlenko Warns Of Winter Shortages In Talks With Brenner

        Energy Minister Taras Orlenko met German Chancellor Klaus Brenner in Lviv on Monday.
        Orlenko said the talks near the Dniester River had gone well, according to the Ministry of Energy (MoE).
        Spokeswoman Ilse Marten told reporters the Brenner government was ready to help.
        Heavy shelling hit the Vinnytsia region overnight, the regional administration said.
        Meanwhile, Russian forces struck a depot outside Chernivtsi, Ukraine’s air force said.
        """

    static func mentions(_ text: String) -> [ActorMention] {
        let bytes = Array(text.utf8)
        return MentionRecognizer(gazetteer: .empty).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
    }

    @Test func aHyphenatedWordGivesEachPartsLetterToAnAcronym() {
        let found = foundKinds("""
            The mid-exit door (MED) plug blew out on Monday. Four bolts of the MED plug were missing.
            The Velmar-Orsk Pipeline Company (VOPC) said on Friday that VOPC would pay.
            """)
        #expect(found["MED"] == nil, "\(found)")
        #expect(found["Velmar-Orsk Pipeline Company"] == .organization, "\(found)")
        #expect(found["VOPC"] != nil, "\(found)")
    }

    @Test func titlesMakePeopleAndAreStripped() {
        let found = Self.mentions(Self.article)
        let people = Set(found.filter { $0.kind == .person }.map(\.text))
        #expect(people.contains("Taras Orlenko"))
        #expect(people.contains("Klaus Brenner"))
        #expect(people.contains("Ilse Marten"))
        #expect(!found.contains { $0.text.contains("Minister") || $0.text.contains("Chancellor") })
    }

    @Test func placesFromPrepositionsAndHeads() {
        let places = Set(Self.mentions(Self.article).filter { $0.kind == .place }.map(\.text))
        #expect(places.contains("Lviv"))
        #expect(places.contains("Dniester River"))
        #expect(places.contains("Vinnytsia region"))
        #expect(places.contains("Chernivtsi"))
    }

    @Test func organizationsFromHeadsAcronymsAndPossessives() {
        let found = Self.mentions(Self.article)
        let orgs = Set(found.filter { $0.kind == .organization }.map(\.text))
        #expect(orgs.contains("Ministry of Energy"))
        #expect(orgs.contains("MoE"))
        #expect(orgs.contains("Ukraine’s air force"))
        let acronym = found.firstIndex { $0.text == "MoE" }!
        #expect(found[acronym].linkedTo.map { found[$0].text } == "Ministry of Energy")
    }

    @Test func calendarWordsDemonymsAndSentenceWordsAreNoActors() {
        let actors = ActorResolver(gazetteer: .empty).resolve([Self.mentions(Self.article)]).actors
        let names = Set(actors.flatMap { [$0.name] + $0.aliases })
        for word in ["Monday", "Heavy", "Meanwhile", "Russian", "German", "Energy Minister", "Spokeswoman"] {
            #expect(!names.contains(word), "\(word)")
        }
        #expect(names.contains("Taras Orlenko"))
    }

    @Test func aSpanOfMonthsOrDaysIsNoActor() {
        let text = "Sales rose in July-September at the Harbour Works in Lviv, open Mon-Fri since March."
        let names = Set(Self.mentions(text).map(\.text))
        #expect(!names.contains("July-September"))
        #expect(!names.contains("Mon-Fri"))
        #expect(names.contains("Lviv"))
    }

    @Test func headlinesKeepOnlyNamesTheBodyUses() {
        let texts = Self.mentions(Self.article).filter { $0.range.end < 60 }.map(\.text)
        #expect(texts.contains("Orlenko"))
        #expect(texts.contains("Brenner"))
        #expect(!texts.contains { $0.contains("Winter") || $0.contains("Shortages") })
    }

    @Test func listsShareTheirPluralHead() {
        let found = Self.mentions("Fighting went on in the Sumy, Poltava and Kirovohrad regions.\n")
        let headed = found.filter { $0.impliedHead == "region" }.map(\.text)
        #expect(headed == ["Sumy", "Poltava", "Kirovohrad"])
    }

    @Test func wordScannerKeepsInitialismsAndPossessives() {
        let words = WordScanner.scan(Array("The U.S. envoy met Kyiv’s mayor in Orekhovo-Borisovo.".utf8))
        #expect(words.map(\.text) == ["The", "U.S.", "envoy", "met", "Kyiv", "mayor", "in", "Orekhovo-Borisovo"])
        #expect(words[4].isPossessive)
        #expect(words[1].isAllCaps)
    }
}
