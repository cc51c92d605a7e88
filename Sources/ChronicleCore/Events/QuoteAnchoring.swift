/// Reported text keeps the time it was said in: when a sentence introduces a quotation
/// with a past date ("Let’s call back a BBC News quote from June:"), the relative
/// expressions inside that quotation ("earlier this month", "on Friday") are resolved
/// against that date, not against the article's creation date.
public enum QuoteAnchoring {
    /// Quotations longer than this are not taken as one block.
    static let maxQuote = 6000

    public static func reanchor(_ utf8: [UInt8], sentences: [ByteRange], timexes: [TimeExpression],
                                dct: CalendarDate?, tagger: TimeTagger) -> [TimeExpression] {
        guard let dct else { return timexes }
        var result = timexes
        for sentence in sentences where endsWithColon(utf8, sentence) {
            let dated = result.filter { sentence.contains($0.range) }.compactMap { t -> TimeValue? in
                guard let v = t.timeValue, v.granularity <= .month, v.last < dct else { return nil }
                return v
            }
            guard let anchorValue = dated.last,
                  let quote = quotation(after: sentence.end, in: utf8) else { continue }
            let anchor = min(anchorValue.last, dct)
            let slice = Array(utf8[quote.start..<quote.end])
            let retagged = tagger.tag(slice, dct: anchor).map { t -> TimeExpression in
                var t = t
                t.range = ByteRange(t.range.start + quote.start, t.range.end + quote.start)
                return t
            }
            result.removeAll { quote.contains($0.range) }
            result.append(contentsOf: retagged)
            result.sort { $0.range < $1.range }
        }
        return result
    }

    private static func endsWithColon(_ u: [UInt8], _ r: ByteRange) -> Bool {
        var e = r.end
        while e > r.start, u[e - 1] == 0x20 || u[e - 1] == 0x0A || u[e - 1] == 0x0D { e -= 1 }
        return e > r.start && u[e - 1] == UInt8(ascii: ":")
    }

    /// The quotation opening right after `from` (white space skipped), up to its closing mark.
    static func quotation(after from: Int, in u: [UInt8]) -> ByteRange? {
        var i = from
        if i < u.count && u[i] == UInt8(ascii: ":") { i += 1 }
        while i < u.count, u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x0D || u[i] == 0x09 { i += 1 }
        let curly = i + 2 < u.count && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x9C
        let straight = i < u.count && u[i] == UInt8(ascii: "\"")
        guard curly || straight else { return nil }
        let open = i
        var j = i + (curly ? 3 : 1)
        let limit = min(u.count, open + maxQuote)
        while j < limit {
            if curly, j + 2 < u.count, u[j] == 0xE2, u[j + 1] == 0x80, u[j + 2] == 0x9D { return ByteRange(open, j + 3) }
            if straight, u[j] == UInt8(ascii: "\"") { return ByteRange(open, j + 1) }
            j += 1
        }
        return nil
    }
}
