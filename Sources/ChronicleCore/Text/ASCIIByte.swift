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
