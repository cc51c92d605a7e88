import Foundation

/// Builds a large corpus from the bundled texts at bench time, so nothing big is committed.
/// Each copy shifts every four-digit year by a different amount, so dates vary and the
/// tagger cannot coast on repeated values.
struct SyntheticCorpus {
    let folder: URL
    let bytes: Int
    let files: [URL]

    static func make(from seeds: [[UInt8]], targetBytes: Int) throws -> SyntheticCorpus {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronicle-bench-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var total = 0
        var files: [URL] = []
        var copy = 0
        while total < targetBytes {
            for (i, seed) in seeds.enumerated() where total < targetBytes {
                let text = shiftingYears(seed, by: copy % 23 - 11)
                let url = folder.appendingPathComponent(String(format: "copy%05d_%d.txt", copy, i))
                try Data(text).write(to: url)
                files.append(url)
                total += text.count
            }
            copy += 1
        }
        return SyntheticCorpus(folder: folder, bytes: total, files: files)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Rewrites standalone 19xx/20xx years; the byte length is unchanged.
    static func shiftingYears(_ text: [UInt8], by offset: Int) -> [UInt8] {
        guard offset != 0 else { return text }
        var out = text
        var i = 0
        while i + 4 <= out.count {
            let standalone = (i == 0 || !isDigit(out[i - 1])) && (i + 4 == out.count || !isDigit(out[i + 4]))
            if standalone, (out[i] == 49 && out[i + 1] == 57) || (out[i] == 50 && out[i + 1] == 48),
               isDigit(out[i + 2]), isDigit(out[i + 3]) {
                let year = Int(out[i] - 48) * 1000 + Int(out[i + 1] - 48) * 100
                    + Int(out[i + 2] - 48) * 10 + Int(out[i + 3] - 48)
                let shifted = Array(String(min(2099, max(1900, year + offset))).utf8)
                out.replaceSubrange(i..<(i + 4), with: shifted)
                i += 4
            } else {
                i += 1
            }
        }
        return out
    }
}
