/// A TimeML (.tml) document: its creation date, its plain text with the tags stripped,
/// and the gold TIMEX3 expressions of the text as byte ranges into that plain text.
///
/// Stripping follows the reference scorer exactly: the content of `<TEXT>` is walked tag
/// by tag (`<name ...>` and `</name>`), the text between tags is HTML-unescaped, and gold
/// spans are the text between a `<TIMEX3>` and its closing tag.
public struct TimeMLDocument: Sendable {
    public struct Gold: Sendable, Hashable {
        public var range: ByteRange
        public var type: String
        public var value: String
    }

    public var dct: CalendarDate
    /// The DCT as written (`1998-02-06T22:19:00`).
    public var dctValue: String
    public var text: [UInt8]
    public var gold: [Gold]

    public enum ParseError: Error, CustomStringConvertible {
        case noDCT, noText
        public var description: String {
            switch self {
            case .noDCT: return "no <DCT> with a value=\"YYYY-MM-DD...\""
            case .noText: return "no <TEXT>...</TEXT>"
            }
        }
    }

    public init(parsing file: [UInt8]) throws {
        let raw = Self.universalNewlines(file)
        guard let dctTag = Self.find(Array("<DCT>".utf8), in: raw, from: 0),
              let valueAt = Self.find(Array("value=\"".utf8), in: raw, from: dctTag) else { throw ParseError.noDCT }
        let vStart = valueAt + 7
        var vEnd = vStart
        while vEnd < raw.count && raw[vEnd] != UInt8(ascii: "\"") { vEnd += 1 }
        let dctValue = String(decoding: raw[vStart..<vEnd], as: UTF8.self)
        guard vEnd > vStart, let dct = CalendarDate(iso: String(dctValue.prefix(10))) else { throw ParseError.noDCT }
        guard let open = Self.find(Array("<TEXT>".utf8), in: raw, from: 0),
              let close = Self.find(Array("</TEXT>".utf8), in: raw, from: open + 6) else { throw ParseError.noText }
        self.dct = dct
        self.dctValue = dctValue
        (text, gold) = Self.strip(raw[(open + 6)..<close])
    }

    /// Reads line ends the way a text-mode reader does: CRLF and lone CR become LF.
    static func universalNewlines(_ b: [UInt8]) -> [UInt8] {
        guard b.contains(13) else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 13 {
                out.append(10)
                if i + 1 < b.count && b[i + 1] == 10 { i += 1 }
            } else {
                out.append(b[i])
            }
            i += 1
        }
        return out
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c | 0x20 >= 97 && c | 0x20 <= 122) || c == 95 || c >= 0x80
    }

    /// Walks `<(/?)(\w+)([^>]*)>` tags; text between them is unescaped.
    static func strip(_ body: ArraySlice<UInt8>) -> ([UInt8], [Gold]) {
        var text: [UInt8] = []
        text.reserveCapacity(body.count)
        var gold: [Gold] = []
        var openStart: Int? = nil
        var openAttrs: [String: String] = [:]
        var pieceStart = body.startIndex
        var i = body.startIndex
        while i < body.endIndex {
            guard body[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            let closing = j < body.endIndex && body[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < body.endIndex && isWordByte(body[j]) { j += 1 }
            guard j > nameStart else { i += 1; continue }
            let nameEnd = j
            while j < body.endIndex && body[j] != UInt8(ascii: ">") { j += 1 }
            guard j < body.endIndex else { break }
            text += HTMLEntities.unescape(body[pieceStart..<i])
            let name = String(decoding: body[nameStart..<nameEnd], as: UTF8.self)
            if name == "TIMEX3" {
                if !closing {
                    openStart = text.count
                    openAttrs = attributes(body[nameEnd..<j])
                } else if let s = openStart {
                    gold.append(Gold(range: ByteRange(s, text.count), type: openAttrs["type"] ?? "",
                                     value: openAttrs["value"] ?? ""))
                    openStart = nil
                }
            }
            i = j + 1
            pieceStart = i
        }
        text += HTMLEntities.unescape(body[pieceStart..<body.endIndex])
        return (text, gold)
    }

    /// `name="value"` pairs of a tag.
    static func attributes(_ s: ArraySlice<UInt8>) -> [String: String] {
        var out: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            guard isWordByte(s[i]), s[i] < 0x80 else { i += 1; continue }
            let ns = i
            while i < s.endIndex && isWordByte(s[i]) && s[i] < 0x80 { i += 1 }
            let name = String(decoding: s[ns..<i], as: UTF8.self)
            guard i + 1 < s.endIndex, s[i] == UInt8(ascii: "="), s[i + 1] == UInt8(ascii: "\"") else { continue }
            let vs = i + 2
            var ve = vs
            while ve < s.endIndex && s[ve] != UInt8(ascii: "\"") { ve += 1 }
            out[name] = String(decoding: s[vs..<ve], as: UTF8.self)
            i = ve + 1
        }
        return out
    }
}
