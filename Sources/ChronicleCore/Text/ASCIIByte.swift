/// Punctuation by name, for rules that test a byte or a punctuation token.
enum ASCII {
    @inline(__always) static var exclamation: UInt8 { UInt8(ascii: "!") }
    @inline(__always) static var quote: UInt8 { UInt8(ascii: "\"") }
    @inline(__always) static var numberSign: UInt8 { UInt8(ascii: "#") }
    @inline(__always) static var dollar: UInt8 { UInt8(ascii: "$") }
    @inline(__always) static var percent: UInt8 { UInt8(ascii: "%") }
    @inline(__always) static var apostrophe: UInt8 { UInt8(ascii: "'") }
    @inline(__always) static var openParenthesis: UInt8 { UInt8(ascii: "(") }
    @inline(__always) static var closeParenthesis: UInt8 { UInt8(ascii: ")") }
    @inline(__always) static var comma: UInt8 { UInt8(ascii: ",") }
    @inline(__always) static var hyphen: UInt8 { UInt8(ascii: "-") }
    @inline(__always) static var period: UInt8 { UInt8(ascii: ".") }
    @inline(__always) static var slash: UInt8 { UInt8(ascii: "/") }
    @inline(__always) static var colon: UInt8 { UInt8(ascii: ":") }
    @inline(__always) static var semicolon: UInt8 { UInt8(ascii: ";") }
    @inline(__always) static var question: UInt8 { UInt8(ascii: "?") }
}

/// Byte classes the scanners test on every byte; kept inline and branch-light because
/// they run once per byte of the corpus.
extension UInt8 {
    @inline(__always) var isASCIIUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isASCIILower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }
    /// Space, TAB, VT, FF, CR (not LF: line breaks are structure for the splitter).
    @inline(__always) var isHorizontalSpace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0B || self == 0x0C || self == 0x0D
    }
    @inline(__always) var isASCIIWhitespace: Bool { isHorizontalSpace || self == 0x0A }
    /// A byte that continues a multi-byte UTF-8 sequence.
    @inline(__always) var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
    @inline(__always) var asciiLowercased: UInt8 { isASCIIUpper ? self | 0x20 : self }
}
