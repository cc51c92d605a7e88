import Testing
@testable import ChronicleCore

/// The word scanner's rules one by one: what a separator tells, how far a word reads, and
/// where the dots of an initialism belong.
@Suite struct WordScannerRuleTests {
    /// `body` run over the bytes of `text`.
    static func reading<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> T) -> T {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { body($0, bytes.count) }
    }

    /// The gap after reading every byte of `separators`.
    static func gap(_ separators: String) -> WordScanner.Gap {
        reading(separators) { u, hi in
            var gap = WordScanner.Gap()
            var escape = false
            var i = 0
            while i < hi { i += gap.read(u, i, hi, inEscape: &escape) }
            return gap
        }
    }

    @Test func aSeparatorSaysWhatItBreaks() {
        #expect(Self.gap(", ").sawBreak && !Self.gap(", ").sawStop)
        #expect(Self.gap("\t").sawBreak == false)
        #expect(Self.gap("\u{00A0}").sawBreak == false)
        #expect(Self.gap("\n").sawLine && Self.gap("\n").sawStop)
        let dot = Self.gap(".")
        #expect(dot.sawStop && dot.dots == 1 && !dot.otherBreak)
        #expect(Self.gap("?").sawStop && Self.gap(":").sawStop && !Self.gap(";").sawStop)
        #expect(Self.gap(".\u{201D}").otherBreak)
    }

    @Test func anEscapeLastsToTheNextBreak() {
        let inEscape = Self.reading("\u{1B}\t") { u, hi -> [Bool] in
            var gap = WordScanner.Gap()
            var escape = false
            _ = gap.read(u, 0, hi, inEscape: &escape)
            let after = escape
            _ = gap.read(u, 1, hi, inEscape: &escape)
            return [after, escape]
        }
        #expect(inEscape == [true, false])
    }

    static func word(_ text: String) -> (text: String, next: Int, read: WordScanner.WordRead) {
        let read = reading(text) { u, hi in WordScanner.readWord(u, 0, hi) }
        return (String(decoding: Array(text.utf8)[0..<read.end], as: UTF8.self), read.next, read)
    }

    @Test func aWordRunsThroughItsJoiners() {
        #expect(Self.word("Vel-Arno said").text == "Vel-Arno")
        #expect(Self.word("O'Tarran left").text == "O'Tarran")
        #expect(Self.word("O\u{2019}Tarran left").read.ascii == false)
        #expect(Self.word("Tarran- left").text == "Tarran")
        #expect(Self.word("Tarran--Vel").text == "Tarran")
    }

    @Test func aPossessiveEndingIsNoPartOfTheWord() {
        let w = Self.word("Vesna's port")
        #expect(w.text == "Vesna" && w.read.possessive && w.next == 7)
        let name = Self.word("O'Sullivan met")
        #expect(name.text == "O'Sullivan" && !name.read.possessive)
    }

    @Test func lettersAreCountedByCase() {
        let w = Self.word("MoD2 rest").read
        #expect([w.upper, w.lower, w.digits] == [2, 1, 1])
        #expect(Self.word("Élan x").read.ascii == false)
        #expect(Self.word("MoD x").read.hash == WordHash.of("mod"))
    }

    @Test func anInitialismKeepsItsDots() {
        #expect(Self.word("U.S. envoy").text == "U.S.")
        #expect(Self.word("U.K.-based firm").text == "U.K.")
        #expect(Self.word("J.Smith wrote").text == "J")
        #expect(Self.word("A. Berg").text == "A")
        #expect(Self.word("AB. Next").text == "AB")
        let inner = Self.reading("U.S") { u, hi in WordScanner.isInnerInitialismDot(u, 1, 0, 1, hi) }
        let closing = Self.reading("U.S.") { u, _ in WordScanner.isClosingInitialismDot(u, 3, 0, 3) }
        let short = Self.reading("U.") { u, _ in WordScanner.isClosingInitialismDot(u, 1, 0, 1) }
        #expect(inner && closing && !short)
    }
}
