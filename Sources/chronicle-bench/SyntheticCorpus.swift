import Foundation

/// Builds a large corpus from the bundled texts at bench time, so nothing big is committed.
/// Each copy shifts every four-digit year by a different amount, so dates vary and the
/// tagger cannot coast on repeated values.
struct SyntheticCorpus {
    let folder: URL
    let bytes: Int
    let files: [URL]

    /// `names`: words of actor names; each copy after the first spells them its own way
    /// (see `renaming`), so the corpus has as many distinct people, places and organizations
    /// as copies, as a real corpus of that size would, not the same few repeated.
    static func make(from seeds: [[UInt8]], targetBytes: Int, names: Set<String> = []) throws -> SyntheticCorpus {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronicle-bench-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var total = 0
        var files: [URL] = []
        var copy = 0
        while total < targetBytes {
            for (i, seed) in seeds.enumerated() where total < targetBytes {
                let text = renaming(shiftingYears(seed, by: copy % 23 - 11), names: names, copy: copy)
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
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// Replaces every word in `names` by a made-up name of the same length, its own for
    /// each copy ("Zelensky" -> "Dokaruve"); copy 0 is left as it is. Made-up names are
    /// unlike each other, as the names of unrelated articles are.
    static func renaming(_ text: [UInt8], names: Set<String>, copy: Int) -> [UInt8] {
        guard copy > 0, !names.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            guard isLetter(text[i]) else { out.append(text[i]); i += 1; continue }
            var j = i
            while j < text.count, isLetter(text[j]) { j += 1 }
            let word = String(decoding: text[i..<j], as: UTF8.self)
            out.append(contentsOf: names.contains(word) ? madeUpName(word, copy: copy) : Array(text[i..<j]))
            i = j
        }
        return out
    }

    /// Consonants and vowels in turn, from a generator seeded by the word and the copy.
    private static func madeUpName(_ word: String, copy: Int) -> [UInt8] {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(copy) &* 0x9E37_79B9_7F4A_7C15
        for b in word.utf8 { state = (state ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let consonants = Array("bdfgklmnprstvz".utf8), vowels = Array("aeiou".utf8)
        var name: [UInt8] = []
        for k in 0..<word.utf8.count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pick = Int(state >> 33)
            let letter = k % 2 == 0 ? consonants[pick % consonants.count] : vowels[pick % vowels.count]
            name.append(k == 0 ? letter - 32 : letter)
        }
        return name
    }

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
