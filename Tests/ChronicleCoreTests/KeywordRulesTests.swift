import Testing
@testable import ChronicleCore

/// The scanner skips the rules a keyword cannot start, and every rule after a determiner
/// before a plain word; each skipped rule must indeed find nothing there, whatever comes
/// before and after and whatever the creation date.
@Suite struct KeywordRulesTests {
    static let vocabulary: [String] = """
        the a an this that these last next past previous following coming current currently recent \
        recently now today yesterday tomorrow ago earlier later early late mid end beginning start middle \
        of around about fiscal latest prior before after since over during for every each per daily \
        weekly monthly annually yearly hourly nightly quarterly twice times soon future previously once \
        upcoming half several few many some couple more other than nearly by in on at until through from \
        to and present presently right full whole comparable corresponding same near short term long time \
        period am pm EST will would expected said then date twenties Nineties calendar financial ending \
        its their set ll as afterwards Q FY plan been is or so into not virtually change success new New \
        eve Eve orthodox Orthodox local touchdown year Year years quarter quarters month week day Day days \
        weekend spring fall Monday Friday March Dec. May first second third fourth fifth Christmas Easter \
        Thanksgiving morning night tonight 2024 1990s 1988 15th 3 12 two twenty hundred , . - ' s company \
        board Mills
        """.split(separator: " ").map(String.init)

    /// Every pair of words of the vocabulary, between words drawn at random.
    static var texts: [String] {
        var state: UInt64 = 7
        func draw() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return vocabulary[Int(state >> 33) % vocabulary.count]
        }
        var out: [String] = []
        for a in vocabulary {
            for b in vocabulary { out.append([draw(), a, b, draw(), draw()].joined(separator: " ")) }
        }
        return out
    }

    @Test func skippedRulesFindNothing() {
        let rules: [(KeywordRules, (inout TimeScanner, Int) -> TimeMatch?)] = [
            (.deictic, { $0.deictic($1) }), (.theRelative, { $0.theRelative($1) }),
            (.quarterPhrase, { $0.quarterPhrase($1) }), (.explicitDate, { $0.explicitDate($1) }),
            (.amountPhrase, { $0.amountPhrase($1) }), (.spanDuration, { $0.spanDuration($1) }),
            (.setPhrase, { $0.setPhrase($1) }), (.fiscalYear, { $0.fiscalYear($1) }),
            (.quarterCode, { $0.quarterCode($1) }), (.theYearNamed, { $0.theYearNamed($1) }),
            (.holiday, { $0.holiday($1) }),
        ]
        var keywordsTried = Set<Int16>()
        for text in Self.texts {
            let bytes = Array(text.utf8)
            let tokens = TimeTokens(bytes).tokens
            for dct in [nil, CalendarDate(year: 2024, month: 5, day: 17)] {
                var scanner = TimeScanner(tokens: tokens, dct: dct)
                _ = scanner.scan()  // leaves a context behind, as in a real scan
                for i in tokens.indices where scanner.determinesPlainWord(i) {
                    #expect(scanner.core(i) == nil && scanner.modifiedDate(i) == nil, "\(text)")
                }
                for (i, t) in tokens.enumerated() where t.cls == .keyword {
                    keywordsTried.insert(t.v)
                    let allowed = KeywordRules.table[Int(t.v)]
                    for (rule, run) in rules where !allowed.contains(rule) {
                        let found = run(&scanner, i)
                        #expect(found == nil, "rule \(rule.rawValue) matched at '\(String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self))' in '\(String(decoding: bytes, as: UTF8.self))'")
                    }
                }
            }
        }
        #expect(keywordsTried.count > 100)
    }
}
