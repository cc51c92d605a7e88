import Testing
@testable import ChronicleCore

/// The word classes as data: the built-in file, a corpus's changes, and bad entries.
@Suite struct LexiconTests {
    @Test func theBuiltInLexiconLoadsWithEveryClassFilled() {
        #expect(Lexicon.bundledWarnings.isEmpty, "\(Lexicon.bundledWarnings)")
        for cls in WordClass.allCases {
            #expect(!Lexicon.bundled.words(cls).isEmpty, "\(cls.name) is empty")
        }
    }

    @Test func theBuiltInFileReadsTheSameWithAndWithoutTypingItsWords() {
        let untyped = LexiconFile.definition(yaml: EmbeddedLexicon.text, file: "lexicon.yaml")
        let typed = LexiconFile.definition(yaml: EmbeddedLexicon.text, file: "lexicon.yaml", typed: true)
        #expect(untyped.warnings.isEmpty && typed.warnings.isEmpty)
        #expect(untyped.lines == typed.lines)
    }

    @Test func everyClassHasABitOfItsOwn() {
        #expect(WordClass.allCases.count <= WordClasses.capacity, "more word classes than a set holds")
        let positions = WordClass.allCases.map(\.rawValue)
        #expect(Set(positions).count == positions.count)
        let all = WordClasses(WordClass.allCases.map(WordClasses.init))
        #expect(all.count == WordClass.allCases.count)
        for cls in WordClass.allCases {
            #expect(all.contains(WordClasses(cls)))
        }
    }

    /// Past the classes one machine word (or two, or three) holds a set must keep telling classes
    /// apart: a class there is neither lost nor confused with the one 64 places before it.
    @Test func setsHoldMoreClassesThanOneWordHolds() {
        let positions = [0, 1, 63, 64, 65, 127, 128, 129, 150, 191, 192, 193, WordClasses.capacity - 1]
        let singles = positions.map(WordClasses.init(position:))
        for (a, x) in singles.enumerated() {
            #expect(!x.isEmpty && x.count == 1)
            for (b, y) in singles.enumerated() {
                #expect(x.isDisjoint(with: y) == (a != b), "\(positions[a]) against \(positions[b])")
            }
        }
        var set = WordClasses(singles)
        #expect(set.count == positions.count)
        let late = WordClasses(position: 170)
        #expect(!set.contains(late) && set.isDisjoint(with: late))
        set.insert(late)
        #expect(set.contains(late) && set.contains([late, singles[5]]))
        #expect(set.remove(singles[5]) == singles[5])
        #expect(!set.contains(singles[5]) && set.contains(singles[0]) && set.count == positions.count)
        #expect(set.intersection([singles[6], WordClasses(position: 2)]) == singles[6])
        #expect(WordClasses(position: 130).union(WordClasses(position: 2)).count == 2)
    }

    @Test func aClassIsFoundByItsKeyInTheFile() {
        #expect(WordClass(name: "reportingVerb") == .reportingVerb)
        #expect(WordClass(name: "numberedThing")?.name == "numberedThing")
        #expect(WordClass(name: "ReportingVerb") == nil && WordClass(name: "verbs") == nil)
    }

    @Test func rankedClassesGiveValueAndShortForm() {
        let lexicon = Lexicon.bundled
        let febr = lexicon.entry(hash: WordHash.of("febr"))
        #expect(febr.classes.contains(.month) && febr.rank == 2 && febr.isShortForm)
        let may = lexicon.entry(hash: WordHash.of("may"))
        #expect(may.rank == 5 && !may.isShortForm)
        #expect(lexicon.entry(hash: WordHash.of("thurs")).rank == 4)
        #expect(lexicon.classes(lower: "marmalade").isEmpty)
    }

    @Test func aCorpusLexiconAddsAReportingVerbAndTheClaimantFollows() throws {
        let article = """
            Ferry service resumes

            Captain Ines Calloway grumbled on Monday that the ferry would run late all week.
            """
        let plain = try TempFolder()
        try plain.write("ferry.txt", article)
        try plain.write("ferry.yaml", "published: 2024-05-08\n")
        #expect(try Pipeline.chronology(folder: plain.path).entries.allSatisfy { $0.claimants.isEmpty })

        let changed = try TempFolder()
        try changed.write("ferry.txt", article)
        try changed.write("ferry.yaml", "published: 2024-05-08\n")
        try changed.write("lexicon.yaml", "reportingVerb:\n  add: [grumbled]\n")
        let chronology = try Pipeline.chronology(folder: changed.path)
        #expect(chronology.warnings.isEmpty, "\(chronology.warnings)")
        #expect(chronology.entries.flatMap(\.claimants) == ["Ines Calloway"])
    }

    @Test func anAddedMonthShortFormMakesADateParse() {
        let text = Array("The vote is set for Setp. 14, 2026, officials said.".utf8)
        let dct = CalendarDate(year: 2026, month: 5, day: 1)
        #expect(TimeTagger().tag(text, dct: dct).allSatisfy { $0.value != "2026-09-14" })
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "month:\n  add:\n    - [september, setp]\n",
                                                           file: "lexicon.yaml")
        #expect(warnings.isEmpty)
        let found = TimeTagger(lexicon: lexicon).tag(text, dct: dct)
        #expect(found.map(\.value) == ["2026-09-14"])
        // The rest of the class stays: "Sept." still reads as September.
        let sept = TimeTagger(lexicon: lexicon).tag(Array("on Sept. 14, 2026".utf8), dct: dct)
        #expect(sept.map(\.value) == ["2026-09-14"])
    }

    @Test func anAddedCueWordChangesAnEventKind() {
        let passage = "A skirmish erupted near the ridge"
        #expect(EventKindClassifier.classify(passage) == .other)
        let (lexicon, _) = Lexicon.bundled.applying(yaml: "militaryCue:\n  add: [skirmish, erupted]\n", file: "lexicon.yaml")
        #expect(EventKindClassifier.classify(passage, lexicon: lexicon) == .military)
    }

    @Test func replacingAClassDropsItsOldWords() {
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "reportingVerb:\n  replace: [grumbled]\n",
                                                           file: "lexicon.yaml")
        #expect(warnings.isEmpty)
        #expect(lexicon.words(.reportingVerb) == ["grumbled"])
        #expect(!lexicon.classes(lower: "said").contains(.reportingVerb))
        #expect(lexicon.classes(lower: "monday").contains(.weekday))
    }

    @Test func badEntriesWarnWithFileAndLineAndTheRestApplies() {
        let yaml = """
            speechVerb:
              add: [grumbled, 12, [nested]]
            colour: [red]
            weekday: [monday]
            month:
              add:
                - [septober, sep]
            timeZone:
              append: [XYZ]
            calendarName:
              add: [Hanukkah]
            """
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: yaml, file: "lexicon.yaml")
        #expect(warnings.allSatisfy { $0.file == "lexicon.yaml" })
        let messages = warnings.map(\.message)
        #expect(messages.count == 6, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("line 2:") && $0.contains("a word must be text, not int 12") })
        #expect(messages.contains { $0.hasPrefix("line 2:") && $0.contains("not a list") })
        #expect(messages.contains { $0.hasPrefix("line 3:") && $0.contains("unknown word class 'colour'") })
        #expect(messages.contains { $0.hasPrefix("line 4:") && $0.contains("'add:' or 'replace:'") })
        #expect(messages.contains { $0.hasPrefix("line 7:") && $0.contains("no line starts with 'septober'") })
        #expect(messages.contains { $0.hasPrefix("line 9:") && $0.contains("unknown change 'append'") })
        // What was well written still applies.
        #expect(lexicon.classes(lower: "grumbled").contains(.speechVerb))
        #expect(lexicon.classes(lower: "hanukkah").contains(.calendarName))
        #expect(lexicon.classes(lower: "said").contains(.reportingVerb))
    }

    @Test func aFileThatIsNoYAMLWarnsWithItsLineAndChangesNothing() {
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "speechVerb:\n  add: [grumbled\n", file: "lexicon.yaml")
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("line ") == true)
        #expect(warnings.first?.message.hasSuffix("the file is ignored") == true)
        #expect(!lexicon.classes(lower: "grumbled").contains(.speechVerb))
    }

    @Test func aRankedClassMustKeepItsNumberOfLines() {
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "weekday:\n  replace:\n    - [monday]\n",
                                                           file: "lexicon.yaml")
        #expect(warnings.map(\.message) == ["line 3: 'weekday' needs 7 lines, one per value; kept as it was"])
        #expect(lexicon.classes(lower: "friday").contains(.weekday))
    }

    @Test func aCorpusLexiconFileIsNoOrphanSidecar() throws {
        let dir = try TempFolder()
        try dir.write("note.txt", "Rain is expected on Sunday.\n")
        try dir.write("lexicon.yaml", "colour: [red]\n")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.warnings.map(\.file) == ["lexicon.yaml"])
        #expect(corpus.warnings.first?.message.hasPrefix("line 1: unknown word class") == true)
    }
}
