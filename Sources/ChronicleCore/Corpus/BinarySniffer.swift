/// Tells a text file from a binary one that happens to end in `.txt` or `.md`.
///
/// Text may carry a stray NUL or escape byte (those are repaired and shown safely), so
/// the test is a share, not a presence: real text has almost no C0 control bytes and
/// few invalid UTF-8 bytes, while images, archives and office files have many or carry
/// a known signature.
enum BinarySniffer {
    /// More control bytes than this share of the file means binary.
    static let controlShareLimit = 0.10
    /// More bytes that are not UTF-8 than this share means binary, not mis-encoded text
    /// (Latin-1 prose has a few percent at most).
    static let invalidShareLimit = 0.30

    /// A known binary format, told by its first bytes.
    static func signatureReason(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "is UTF-16 text, which is not read; save it as UTF-8"
        }
        return signature(bytes).map { "is binary (\($0)), not text" }
    }

    /// Binary by content, judged from the repair pass over the file's `count` bytes,
    /// which counted what matters on the way.
    static func contentReason(_ report: TextRepair.Report, count: Int) -> String? {
        let size = Double(max(1, count))
        let controlShare = Double(report.controlBytes) / size
        if controlShare > controlShareLimit {
            return "looks binary (\(Int((controlShare * 100).rounded()))% control bytes), not text"
        }
        if Double(report.invalidBytes) / size > invalidShareLimit {
            return "looks binary (\(report.invalidBytes) of \(count) bytes are not UTF-8), not text"
        }
        return nil
    }

    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0x47, 0x49, 0x46, 0x38], "GIF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP (or office document)"),
        ([0x1F, 0x8B], "gzip"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy office document"),
    ]

    private static func signature(_ bytes: [UInt8]) -> String? {
        for (prefix, kind) in signatures where bytes.starts(with: prefix) { return kind }
        return nil
    }
}
