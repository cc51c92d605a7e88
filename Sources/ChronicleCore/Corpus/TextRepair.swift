/// Makes a file's bytes safe to analyse without moving a single offset.
///
/// Every replacement is one byte for one byte (see `Document`): an invalid UTF-8 byte
/// becomes U+001A (SUB), NUL becomes a space, a leading BOM becomes three spaces. The
/// result is valid UTF-8 of exactly the input's length.
enum TextRepair {
    struct Report: Equatable {
        var invalidBytes = 0
        /// Offset of the first invalid byte, if any.
        var firstInvalid: Int?
        var nulBytes = 0
        /// C0 controls other than TAB, LF, VT, FF, CR (NUL included), and DEL.
        var controlBytes = 0
        var hadBOM = false
    }

    static let substitute: UInt8 = 0x1A

    static func repair(_ bytes: inout [UInt8]) -> Report {
        var report = Report()
        let n = bytes.count
        bytes.withUnsafeMutableBufferPointer { buf in
            var i = 0
            if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF {
                buf[0] = 0x20; buf[1] = 0x20; buf[2] = 0x20
                report.hadBOM = true
                i = 3
            }
            while i < n {
                // Eight plain ASCII bytes at a time (no controls, no DEL): most of a text.
                if i + 8 <= n, isPlainASCII(UnsafeRawPointer(buf.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = buf[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F {
                        if b == 0 {
                            buf[i] = 0x20
                            report.nulBytes += 1
                        }
                        if b == 0x7F || b < 0x09 || b > 0x0D { report.controlBytes += 1 }
                    }
                    i += 1
                    continue
                }
                let length = validSequenceLength(buf, at: i, count: n)
                if length == 0 {
                    buf[i] = substitute
                    report.invalidBytes += 1
                    if report.firstInvalid == nil { report.firstInvalid = i }
                    i += 1
                } else {
                    i += length
                }
            }
        }
        return report
    }

    /// Whether eight bytes are all printable ASCII or TAB, LF, VT, FF, CR (the bytes the
    /// repair leaves alone without counting), tested together rather than one by one.
    @inline(__always)
    private static func isPlainASCII(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        if w & high != 0 { return false }
        // Some byte below 0x20: fine only if every such byte is TAB...CR, so look closer.
        if (w &- ones &* 0x20) & ~w & high != 0 { return false }
        let del = w ^ (ones &* 0x7F)
        return (del &- ones) & ~del & high == 0
    }

    /// Length of the well-formed UTF-8 sequence starting at `i` (lead byte >= 0x80),
    /// or 0 when it is not one (Unicode table 3-7: no overlongs, no surrogates).
    @inline(__always)
    private static func validSequenceLength(_ buf: UnsafeMutableBufferPointer<UInt8>, at i: Int,
                                            count n: Int) -> Int {
        let b = buf[i]
        @inline(__always) func byte(_ k: Int, _ lo: UInt8, _ hi: UInt8) -> Bool {
            i + k < n && buf[i + k] >= lo && buf[i + k] <= hi
        }
        switch b {
        case 0xC2...0xDF:
            return byte(1, 0x80, 0xBF) ? 2 : 0
        case 0xE0:
            return byte(1, 0xA0, 0xBF) && byte(2, 0x80, 0xBF) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF:
            return byte(1, 0x80, 0xBF) && byte(2, 0x80, 0xBF) ? 3 : 0
        case 0xED:
            return byte(1, 0x80, 0x9F) && byte(2, 0x80, 0xBF) ? 3 : 0
        case 0xF0:
            return byte(1, 0x90, 0xBF) && byte(2, 0x80, 0xBF) && byte(3, 0x80, 0xBF) ? 4 : 0
        case 0xF1...0xF3:
            return byte(1, 0x80, 0xBF) && byte(2, 0x80, 0xBF) && byte(3, 0x80, 0xBF) ? 4 : 0
        case 0xF4:
            return byte(1, 0x80, 0x8F) && byte(2, 0x80, 0xBF) && byte(3, 0x80, 0xBF) ? 4 : 0
        default:
            return 0
        }
    }
}
