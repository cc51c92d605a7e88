import Algorithms

/// Where each line of a document starts, found once when the reader opens it: the
/// reader's "line N of M" and the line a pager or editor is opened at.
public struct SourceLines: Sendable {
    /// Byte offset of each line's first byte; the first is 0.
    private let starts: [Int]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buf in
            for i in buf.indices where buf[i] == 10 && i + 1 < buf.count { starts.append(i + 1) }
        }
        self.starts = starts
    }

    public var count: Int { starts.count }

    /// The 1-based line holding byte `offset`.
    public func line(at offset: Int) -> Int {
        max(1, starts.partitioningIndex { $0 > offset })
    }
}
