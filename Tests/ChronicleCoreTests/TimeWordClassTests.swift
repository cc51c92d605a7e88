import Testing
@testable import ChronicleCore

/// The time tagger's own words (numbers, units, seasons, parts of the day, holidays and
/// the keywords of its grammar) are classes of `lexicon.yaml`, grouped by what they mean.
@Suite struct TimeWordClassTests {
    let dct = CalendarDate(iso: "2024-03-13")

    func values(_ text: String, _ lexicon: Lexicon = .bundled) -> [String] {
        TimeTagger(lexicon: lexicon).tag(Array(text.utf8), dct: dct).map(\.value)
    }

    @Test func theBuiltInWordsReadAsTheirGroup() {
        let lexicon = Lexicon.bundled
        #expect(lexicon.entry(hash: WordHash.of("lately")).time.v == Keyword.recently.rawValue)
        #expect(lexicon.entry(hash: WordHash.of("dozen")).time.cls == .cardinal)
        #expect(lexicon.entry(hash: WordHash.of("dozen")).time.v == 12)
        // "second" is an ordinal; its unit reading is the plural's.
        #expect(lexicon.entry(hash: WordHash.of("second")).time.cls == .ordinal)
        #expect(lexicon.entry(hash: WordHash.of("seconds")).time.cls == .unit)
        #expect(lexicon.words(.timeKeyword).contains("lately"))
    }

    @Test func aCorpusLexiconAddsAWordToAGroup() {
        #expect(!values("The mill closed two weeks back.").contains("2024-W09"))
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "timeKeyword:\n  add:\n    ago: [back]\n", file: "lexicon.yaml")
        #expect(warnings.isEmpty)
        #expect(values("The mill closed two weeks back.", lexicon) == ["2024-W09"])
    }

    @Test func aNameTheTaggerDoesNotKnowOrAGroupOfTheWrongShapeWarnsWithItsLine() {
        let yaml = """
            timeKeyword:
              add:
                sometime: [whenever]
                ago: back
            timeUnit:
              add:
                week: [wk]
            """
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: yaml, file: "lexicon.yaml")
        #expect(warnings.count == 2)
        #expect(warnings.first?.message.contains("line 3") == true)
        #expect(warnings.first?.message.contains("sometime") == true)
        #expect(warnings.last?.message.contains("line 4") == true)
        // The rest of the file still applies.
        #expect(lexicon.entry(hash: WordHash.of("wk")).time.cls == .unit)
    }
}
