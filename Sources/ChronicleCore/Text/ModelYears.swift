/// Years written before a name to say which of its models are meant: "the 2004 Velo Tern",
/// "recalled 2003-07 Velo Terns", "the 1998 and 1999 Velo Brisa", "2011, 2012 Orvik Masts".
/// The one reader of them for the actor scan (the name is a product's) and the time tagger's
/// filter (the years date no happening).
struct ModelYears {
    /// The byte where the first year starts.
    let start: Int
    /// How many years are written together.
    let years: Int
    /// Whether a determiner stands right before the first year ("the 2004").
    let afterDeterminer: Bool

    /// Whether the years say which models of a name of `nameWords` capitalised words are
    /// meant. Two years or more written together do; one year does after a determiner
    /// before a name of two words or more ("the 2004 Velo Tern"), where before one word it
    /// is more often a happening's ("the 2014 Maidan protests"), and after a preposition
    /// it dates ("in 2004 Ana Ruiz").
    func sayWhichModels(nameWords: Int) -> Bool { years >= 2 || afterDeterminer && nameWords >= 2 }

    /// The years ending one space before the byte `nameStart`, back to their first, none
    /// before `lowerBound` (the sentence's first byte); nil when no year ends there.
    init?(before nameStart: Int, from lowerBound: Int, in utf8: [UInt8], lexicon: Lexicon) {
        guard nameStart - lowerBound >= 5, utf8[nameStart - 1] == 0x20 else { return nil }
        let end = nameStart - 1
        var start: Int
        var years = 1
        if let k = Self.fourDigitYear(endingAt: end, from: lowerBound, utf8) {
            start = k
        } else if end - lowerBound >= 7, utf8[(end - 2)..<end].allSatisfy(\.isASCIIDigit),
                  let mark = Self.dashBefore(end - 2, utf8),
                  let k = Self.fourDigitYear(endingAt: mark, from: lowerBound, utf8) {
            start = k  // "2003-07": two digits shorten a year only after a dash
            years = 2
        } else {
            return nil
        }
        while let before = Self.yearJoined(before: start, from: lowerBound, utf8, lexicon: lexicon) {
            start = before
            years += 1
        }
        self.start = start
        self.years = years
        afterDeterminer = Self.determinerEnds(at: start - 1, from: lowerBound, utf8, lexicon: lexicon)
    }

    /// Where the year joined after the one ending at `end` ends ("-07", "-2007", ", 2012",
    /// " and 1999"), if one is: how a chain of years is followed forward.
    static func yearJoined(after end: Int, in utf8: [UInt8], lexicon: Lexicon) -> Int? {
        var digits: Int? = nil
        var short = false
        if let mark = marks.first(where: { utf8[end...].starts(with: $0) }) {
            digits = end + mark.count
            short = mark != comma
        } else if end + 1 < utf8.count, utf8[end] == 0x20 {
            var k = end + 1
            while k < utf8.count, utf8[k].isASCIILower { k += 1 }
            if k > end + 1, k < utf8.count, utf8[k] == 0x20,
               lexicon.classes(lowerBytes: utf8[(end + 1)..<k]).contains(.listJoiner) {
                digits = k + 1
            }
        }
        guard let from = digits else { return nil }
        var k = from
        while k < utf8.count, utf8[k].isASCIIDigit { k += 1 }
        guard k - from == 4 || (short && k - from == 2), !(k < utf8.count && utf8[k].isASCIILetter) else { return nil }
        return k
    }

    /// The marks between two years of a chain ("2003-07", "1997–2004", "2011, 2012"); a
    /// word of the lexicon's `listJoiner` joins them too ("1998 and 1999").
    private static let comma = Array(", ".utf8)
    private static let marks: [[UInt8]] = [Array("-".utf8), Array("\u{2013}".utf8), comma]

    /// Where the year joined before `start` starts ("2003-" of "2003-07", "1998 and "), if one is.
    private static func yearJoined(before start: Int, from lowerBound: Int, _ utf8: [UInt8],
                                   lexicon: Lexicon) -> Int? {
        var end: Int? = nil
        if let mark = marks.first(where: { start - lowerBound >= $0.count && utf8[(start - $0.count)..<start].elementsEqual($0) }) {
            end = start - mark.count
        } else if start - lowerBound >= 2, utf8[start - 1] == 0x20 {
            var k = start - 1
            while k > lowerBound, utf8[k - 1].isASCIILower { k -= 1 }
            if k < start - 1, k > lowerBound, utf8[k - 1] == 0x20,
               lexicon.classes(lowerBytes: utf8[k..<(start - 1)]).contains(.listJoiner) {
                end = k - 1
            }
        }
        guard let e = end else { return nil }
        return fourDigitYear(endingAt: e, from: lowerBound, utf8)
    }

    /// Whether four digits are a year a model may bear (1900 to 2099).
    static func isYear(_ digits: ArraySlice<UInt8>) -> Bool {
        digits.count == 4 && digits.allSatisfy(\.isASCIIDigit)
            && (1900...2099).contains(digits.reduce(0) { $0 * 10 + Int($1 - 48) })
    }

    /// The start of a year of four digits (1900 to 2099) ending at `end` and standing on its own.
    private static func fourDigitYear(endingAt end: Int, from lowerBound: Int, _ utf8: [UInt8]) -> Int? {
        let k = end - 4
        guard k >= lowerBound, isYear(utf8[k..<end]),
              k == lowerBound || !(utf8[k - 1].isASCIIDigit || utf8[k - 1].isASCIILetter) else { return nil }
        return k
    }

    /// Where the dash ending right before `k` starts ("-" or "–"), if one does.
    private static func dashBefore(_ k: Int, _ utf8: [UInt8]) -> Int? {
        if k >= 1, utf8[k - 1] == UInt8(ascii: "-") { return k - 1 }
        if k >= 3, utf8[(k - 3)..<k].elementsEqual("\u{2013}".utf8) { return k - 3 }
        return nil
    }

    /// Whether the word ending at `space` (a space before it, the start or a space after it)
    /// is a determiner ("the", "The", "these").
    private static func determinerEnds(at space: Int, from lowerBound: Int, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard space > lowerBound, utf8[space] == 0x20 else { return false }
        var k = space
        while k > lowerBound, utf8[k - 1].isASCIILetter { k -= 1 }
        guard k < space, k == lowerBound || !utf8[k - 1].isASCIILetter && !utf8[k - 1].isASCIIDigit else { return false }
        return lexicon.classes(lowerBytes: utf8[k..<space].lazy.map(\.asciiLowercased)).contains(.determiner)
    }
}
