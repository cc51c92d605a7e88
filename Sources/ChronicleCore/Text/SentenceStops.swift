/// Sentence-final punctuation and what may follow it inside the sentence (closing
/// quotes and brackets: `"Enough."` and `(see below.)` end after the quote).
enum SentenceStops {
    /// Bits of the ASCII bytes a sentence scan must look at: LF, `!`, `.`, `?`.
    private static let asciiThatMatters: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    /// Whether byte `b` may be a line break or open a stop (`…` opens with E2), so a
    /// scan can pass every other byte with one test.
    @inline(__always)
    static func mayMatter(_ b: UInt8) -> Bool {
        b < 64 ? (asciiThatMatters >> UInt64(b)) & 1 != 0 : b == 0xE2
    }

    /// Byte length of a stop at `i`: `.` `!` `?` (1) or `…` (3); 0 when none.
    @inline(__always)
    static func stopLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        if b == 0x2E || b == 0x21 || b == 0x3F { return 1 }
        if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Byte length of a closing quote or bracket at `i`, or 0.
    @inline(__always)
    static func closerLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x7D { return 1 }
        if b == 0xC2, i + 1 < u.count, u[i + 1] == 0xBB { return 2 }                   // »
        if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80 {
            let c = u[i + 2]
            if c == 0x99 || c == 0x9D || c == 0xBA { return 3 }                         // ’ ” ›
        }
        return 0
    }

    /// Byte length of a closing quote or bracket ending just before `end`, or 0.
    @inline(__always)
    static func closerLengthBefore(_ u: UnsafeBufferPointer<UInt8>, _ end: Int, floor: Int) -> Int {
        if end - 1 >= floor, closerLength(u, end - 1) == 1 { return 1 }
        if end - 2 >= floor, closerLength(u, end - 2) == 2 { return 2 }
        if end - 3 >= floor, closerLength(u, end - 3) == 3 { return 3 }
        return 0
    }

    /// Whether `start..<end` ends with a stop, possibly followed by closers.
    static func endsWithStop(_ u: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var e = end
        while e > start {
            let c = closerLengthBefore(u, e, floor: start)
            if c == 0 { break }
            e -= c
        }
        guard e > start else { return false }
        if stopLength(u, e - 1) == 1 { return true }
        return e - 3 >= start && stopLength(u, e - 3) == 3
    }
}
