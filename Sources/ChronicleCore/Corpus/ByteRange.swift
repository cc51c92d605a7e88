/// A half-open range of UTF-8 byte offsets into a document's original file.
///
/// Every passage, time expression and actor mention is located this way, so that
/// "jump to source" and every export cite the exact bytes, whatever the encoding quirks
/// of the file (BOM, CRLF, invalid bytes).
public struct ByteRange: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ByteRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: ByteRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
