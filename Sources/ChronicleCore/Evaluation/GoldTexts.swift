import Foundation

/// Locates gold evidence in the texts as byte spans, as the judge does: by the gold
/// character offsets (Unicode scalars, as Python counts) when the evidence is found there,
/// else by searching the evidence bytes, repeated evidence taking successive occurrences.
struct GoldTexts {
    let directory: String
    private var cache: [String: [UInt8]] = [:]

    init(directory: String) {
        self.directory = directory
    }

    struct Span { var file: String; var start: Int; var end: Int }

    mutating func spans(_ events: [ChronologyGold.Event]) throws -> [Span] {
        var seen: [String: Int] = [:]
        var out: [Span] = []
        for e in events {
            let data = try bytes(e.file)
            let needle = Array(e.evidence.utf8)
            if let cs = e.charStart, let ce = e.charEnd, let b = byteOffset(data, scalar: cs),
               let be = byteOffset(data, scalar: ce), be >= b, Array(data[b..<be]) == needle {
                out.append(Span(file: e.file, start: b, end: b + needle.count))
                continue
            }
            let key = e.file + "\u{0}" + e.evidence
            var pos = find(needle, in: data, from: seen[key] ?? 0)
            if pos == nil { pos = find(needle, in: data, from: 0) }
            guard let pos else {
                throw ChronologyGold.FormatError(description: "evidence not found in \(e.file): \(String(e.evidence.prefix(60)))")
            }
            seen[key] = pos + 1
            out.append(Span(file: e.file, start: pos, end: pos + needle.count))
        }
        return out
    }

    private mutating func bytes(_ file: String) throws -> [UInt8] {
        if let b = cache[file] { return b }
        let path = PathName.join(directory, file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChronologyGold.FormatError(description: "\(path): cannot read the gold text")
        }
        let b = Array(data)
        cache[file] = b
        return b
    }

    /// The byte offset of the `scalar`-th Unicode scalar.
    private func byteOffset(_ data: [UInt8], scalar: Int) -> Int? {
        var count = 0
        var i = 0
        while i < data.count {
            if count == scalar { return i }
            if data[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
            while i < data.count && data[i] & 0xC0 == 0x80 { i += 1 }
        }
        return count == scalar ? data.count : nil
    }

    private func find(_ needle: [UInt8], in data: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= data.count else { return nil }
        var i = max(0, from)
        while i + needle.count <= data.count {
            if data[i] == needle[0] && data[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
