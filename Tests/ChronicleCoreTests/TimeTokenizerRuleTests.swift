import Testing
@testable import ChronicleCore

/// The tokenizer's readers of one word, one number and one other character.
@Suite struct TimeTokenizerRuleTests {
    func read<T>(_ text: String, _ reader: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer { reader($0) }
    }

    @Test func aWordTakesItsClassAndShape() {
        let table = Lexicon.bundled.table
        let (dec, decEnd) = read("Dec. 4") { TimeTokenizer.word($0, at: 0, table: table) }
        #expect(dec.cls == .month && dec.v == 12 && decEnd == 4 && dec.flags.contains(.abbreviationDot))
        let (pm, pmEnd) = read("p.m. on") { TimeTokenizer.word($0, at: 0, table: table) }
        #expect(pm.keyword(.pm) && pmEnd == 4)
        let (met, _) = read("met") { TimeTokenizer.word($0, at: 0, table: table) }
        #expect(met.flags.contains(.pastForm))
        let (cut, _) = read("cut") { TimeTokenizer.word($0, at: 0, table: table) }
        #expect(!cut.flags.contains(.pastForm))
        let (voted, _) = read("voted") { TimeTokenizer.word($0, at: 0, table: table) }
        #expect(voted.flags.contains(.edForm) && voted.cls == .none)
    }

    @Test func aNumberTakesItsGroupsAndSuffix() {
        var dotted = false
        let (group, groupEnd) = read("1,400 ships") { TimeTokenizer.number($0, at: 0, monthOfDottedDate: &dotted) }
        #expect(group.num == 1 && group.flags.contains(.numberGroup) && groupEnd == 5)
        let (day, _) = read("17th") { TimeTokenizer.number($0, at: 0, monthOfDottedDate: &dotted) }
        #expect(day.num == 17 && day.flags.contains(.ordinalSuffix))
        let (clock, _) = read("7.08pm") { TimeTokenizer.number($0, at: 0, monthOfDottedDate: &dotted) }
        #expect(clock.flags.contains(.twoDecimals) && clock.v == 8)
        // "13.06.2023": the day is not grouped with its month, and the month not with the year.
        let (first, firstEnd) = read("13.06.2023") { TimeTokenizer.number($0, at: 0, monthOfDottedDate: &dotted) }
        #expect(first.num == 13 && firstEnd == 2 && dotted)
        #expect(read("13.06.2023") { TimeTokenizer.dottedDateShape($0, lead: 2, from: 2) })
        #expect(!read("13.06.20234") { TimeTokenizer.dottedDateShape($0, lead: 2, from: 2) })
    }

    @Test func otherCharactersAreOneTokenEach() {
        let (dash, dashEnd) = read("\u{2014}x") { TimeTokenizer.punctuation($0, at: 0) }
        #expect(dash.punct(ASCII.hyphen) && dashEnd == 3)
        let (quote, _) = read("\u{2019}s") { TimeTokenizer.punctuation($0, at: 0) }
        #expect(quote.punct(ASCII.apostrophe))
        let (other, otherEnd) = read("\u{00E9}t\u{00E9}") { TimeTokenizer.punctuation($0, at: 0) }
        #expect(other.v == 0x80 && otherEnd == 2)
    }
}
