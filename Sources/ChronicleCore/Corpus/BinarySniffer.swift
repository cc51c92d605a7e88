/// Tells a text file from a binary one that happens to end in `.txt` or `.md`.
///
/// Text may carry a stray NUL or escape byte (those are repaired and shown safely), so
/// the test is a share, not a presence: real text has almost no C0 control bytes,
/// while images, archives, PDFs and office files have many or carry a known signature.
enum BinarySniffer {
    /// Bytes looked at: enough to judge, cheap on large files.
    static let sampleSize = 64 * 1024
    /// More control bytes than this share of the sample means binary.
    static let controlShareLimit = 0.10

    /// Why the bytes are not text, or nil when they look like text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if let kind = signature(bytes) { return "is a \(kind) file, not text" }
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return nil }
        var controls = 0
        for b in sample where isControl(b) { controls += 1 }
        let share = Double(controls) / Double(sample.count)
        if share > controlShareLimit {
            let percent = Int((share * 100).rounded())
            return "looks binary (\(percent)% control bytes), not text"
        }
        return nil
    }

    @inline(__always)
    private static func isControl(_ b: UInt8) -> Bool {
        // TAB, LF, VT, FF and CR are ordinary in text.
        (b < 0x20 && !(b >= 0x09 && b <= 0x0D)) || b == 0x7F
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
