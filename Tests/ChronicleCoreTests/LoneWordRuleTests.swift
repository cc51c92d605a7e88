import Testing
@testable import ChronicleCore

/// The rule that a capitalised word standing alone is no name: sentence and calendar
/// words, demonyms, a head word alone, and a common word opening a sentence.
@Suite struct LoneWordRuleTests {
    /// Whether the word `word` of `text`, alone, is common there.
    static func isCommon(_ word: String, in text: String, atSentenceStart: Bool = false,
                         vocabulary: [String] = []) -> Bool {
        let utf8 = Array(text.utf8)
        let tokens = WordScanner.tokens(utf8)
        let scan = DocumentScan(utf8: utf8, words: tokens, lowerVocabulary: LowerWordSet(vocabulary),
                                index: GazetteerIndex(.empty), lexicon: .bundled)
        let k = tokens.firstIndex { $0.text(utf8) == word }!
        return scan.isLoneCommonWord(tokens[k], atSentenceStart: atSentenceStart, suffixed: false)
    }

    @Test func sentenceCalendarAndPeopleWordsAreCommon() {
        #expect(Self.isCommon("Tuesday", in: "They met on Tuesday in Orlov."))
        #expect(Self.isCommon("Veloria", in: "The Veloria talks ended.") == false)
        #expect(Self.isCommon("Italians", in: "Many Italians voted early."))
        #expect(Self.isCommon("Italian", in: "An Italian court ruled."))
        // Nouns for one of a people, whose plural is no plain "s" after the adjective.
        for people in ["Britons", "Turks", "Danes", "Swedes", "Spaniards", "Kurds"] {
            #expect(Self.isCommon(people, in: "Teams of \(people) searched the rubble."), "\(people)")
        }
    }

    @Test func anEmbassyOrATribunalAloneIsAHeadWord() {
        #expect(Self.isCommon("Embassy", in: "An official at the Embassy said so."))
        #expect(Self.isCommon("Tribunal", in: "Later the Tribunal cleared the players."))
        let found = resolvedActors(["An official at the Orvanian Embassy said so on Monday, and the Consulate agreed."])
        #expect(found.map(\.name) == ["Orvanian Embassy"], "\(found)")
        #expect(found.first?.kind == .organization, "\(found)")
        // An award is no person, though two capitalised words read as one by their shape.
        let award = resolvedActors(["Orin Tal faced scrutiny over his 2012 Velmar Medal win, and the Tarnex Prize went to Dana Hale."])
        #expect(!award.contains { $0.kind == .person && ($0.name.hasSuffix("Medal") || $0.name.hasSuffix("Prize")) },
                "\(award)")
    }

    @Test func aHeadWordAloneIsCommonButALegislatureIsNot() {
        #expect(Self.isCommon("Court", in: "Later the Court ruled against him."))
        #expect(!Self.isCommon("Senate", in: "Later the Senate voted against him."))
    }

    @Test func aSentencesFirstWordIsCommonByItsUseOrShape() {
        let text = "Harvest began early. Tarrow said the harvest was good."
        #expect(Self.isCommon("Harvest", in: text, atSentenceStart: true, vocabulary: ["harvest"]))
        #expect(!Self.isCommon("Harvest", in: text, atSentenceStart: false, vocabulary: ["harvest"]))
        #expect(!Self.isCommon("Harvest", in: text, atSentenceStart: true))
        #expect(Self.isCommon("Quickly", in: "Quickly the crews left.", atSentenceStart: true))
        #expect(!Self.isCommon("Tarrow", in: text, atSentenceStart: true))
    }
}
