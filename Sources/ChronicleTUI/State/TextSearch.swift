/// Case-insensitive search on UTF-8 bytes. An ASCII needle folds ASCII case on the fly
/// (no copy of the haystack); another needle compares against the lowercased haystack.
public struct TextSearch: Sendable, Hashable {
    public let term: String
    private let needle: [UInt8]
    private let asciiOnly: Bool

    public init?(_ term: String) {
        guard !term.isEmpty else { return nil }
        self.term = term
        needle = Array(term.lowercased().utf8)
        asciiOnly = needle.allSatisfy { $0 < 0x80 }
    }

    public func occurs(in s: String) -> Bool { firstMatch(in: s) != nil }

    /// Byte offsets of the first match in `s`.
    public func firstMatch(in s: String) -> Range<Int>? {
        guard asciiOnly else { return foldedMatches(in: s, limit: 1).first }
        if let r = s.utf8.withContiguousStorageIfAvailable({ Self.find(needle, in: $0, from: 0) }) { return r }
        return Array(s.utf8).withUnsafeBufferPointer { Self.find(needle, in: $0, from: 0) }
    }

    /// Every non-overlapping match in `s`, as byte offsets.
    public func matches(in s: String) -> [Range<Int>] {
        guard asciiOnly else { return foldedMatches(in: s, limit: .max) }
        if let r = s.utf8.withContiguousStorageIfAvailable({ Self.all(needle, in: $0) }) { return r }
        return Array(s.utf8).withUnsafeBufferPointer { Self.all(needle, in: $0) }
    }

    /// Every non-overlapping match in a byte buffer (a document's text).
    public func matches(in bytes: [UInt8]) -> [Range<Int>] {
        guard asciiOnly else { return foldedMatches(in: String(decoding: bytes, as: UTF8.self), limit: .max) }
        return bytes.withUnsafeBufferPointer { Self.all(needle, in: $0) }
    }

    private func foldedMatches(in s: String, limit: Int) -> [Range<Int>] {
        let lowered = s.lowercased()
        // Offsets into the lowered text are only meaningful when lowering kept lengths.
        guard lowered.utf8.count == s.utf8.count else {
            return lowered.contains(term.lowercased()) ? [0..<0] : []
        }
        let bytes = Array(lowered.utf8)
        var out: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buf in
            var from = 0
            while out.count < limit, let r = Self.find(needle, in: buf, from: from, fold: false) {
                out.append(r)
                from = r.upperBound
            }
        }
        return out
    }

    private static func all(_ needle: [UInt8], in buf: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var from = 0
        while let r = find(needle, in: buf, from: from) {
            out.append(r)
            from = r.upperBound
        }
        return out
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

    private static func find(_ needle: [UInt8], in buf: UnsafeBufferPointer<UInt8>, from: Int,
                             fold: Bool = true) -> Range<Int>? {
        let n = needle.count
        guard n > 0, buf.count - from >= n, let p = buf.baseAddress else { return nil }
        let first = needle[0]
        // OR-ing 0x20 folds ASCII capitals onto lower case (and a few symbols onto others);
        // it is only a cheap first-byte filter, every candidate is checked in full.
        let firstIsLetter = fold && first >= 97 && first <= 122
        let mask: UInt8 = firstIsLetter ? 0x20 : 0
        return needle.withUnsafeBufferPointer { nb -> Range<Int>? in
            let q = nb.baseAddress!
            var i = from
            let last = buf.count - n
            // Sixteen bytes at a time past stretches without a candidate first byte.
            let wideMask = SIMD16<UInt8>(repeating: mask)
            let wideFirst = SIMD16<UInt8>(repeating: first)
            while i <= last {
                if last - i >= 16 {
                    let chunk = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    if !any((chunk | wideMask) .== wideFirst) {
                        i += 16
                        continue
                    }
                }
                if p[i] | mask == first {
                    var k = 1
                    while k < n {
                        let c = fold ? lower(p[i + k]) : p[i + k]
                        if c != q[k] { break }
                        k += 1
                    }
                    if k == n, !fold || lower(p[i]) == first { return i..<(i + n) }
                }
                i += 1
            }
            return nil
        }
    }
}
