/// Decides when two spellings are one name: transliteration variants (Kyiv/Kiev,
/// Zaporizhzhia/Zaporozhye, Sergey/Sergei, Volodymyr/Vladimir) and typos (Witkoff/Witoff,
/// Zelensky/Zelenksy), while different names stay apart (Iran/Iraq, Russia/Prussia,
/// Lavrov/Shoigu).
///
/// Words are first folded to a transliteration-neutral spelling: lower case, accents
/// removed, y and j read as i, w as v, x as ks, ph as f, kh/zh/ck simplified, doubled
/// letters collapsed. Two folded words are variants when they are equal; or when they
/// differ in vowels only (same consonant skeleton) by a few edits; or, for words of five
/// letters or more with the same first and last letter, by one edit (insertion, deletion,
/// substitution or swap of neighbours). A name extended by a suffix (Niger/Nigeria,
/// Russia/Russian) is never its variant.
public enum NameVariants {
    public static func fold(_ word: String) -> [UInt8] {
        if isVowellessAcronym(word) { return word.utf8.map { $0 + 32 } }
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count)
        // Nearly every name is ASCII: its bytes are its scalars, read without decoding them.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in word.utf8 { appendASCII(b, to: &out) }
        } else {
            for u in word.unicodeScalars {
                if u.value < 0x80 { appendASCII(UInt8(u.value), to: &out) } else { out.append(contentsOf: fold(scalar: u)) }
            }
        }
        // Digraphs and letter equivalences, doubled letters collapsed as they are written
        // ("Zelenskyy", "Donbass", "Witkoff").
        var folded: [UInt8] = []
        folded.reserveCapacity(out.count)
        func put(_ c: UInt8) { if folded.last != c { folded.append(c) } }
        var i = 0
        while i < out.count {
            let c = out[i]
            let next: UInt8 = i + 1 < out.count ? out[i + 1] : 0
            switch (c, next) {
            case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "z"), UInt8(ascii: "h")),
                 (UInt8(ascii: "p"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "k")):
                put(c == UInt8(ascii: "p") ? UInt8(ascii: "f") : (c == UInt8(ascii: "c") ? UInt8(ascii: "k") : c))
                i += 2
                continue
            default: break
            }
            switch c {
            case UInt8(ascii: "y"), UInt8(ascii: "j"): put(UInt8(ascii: "i"))
            case UInt8(ascii: "w"): put(UInt8(ascii: "v"))
            case UInt8(ascii: "x"): put(UInt8(ascii: "k")); put(UInt8(ascii: "s"))
            case UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."): break
            default: put(c)
            }
            i += 1
        }
        return folded
    }

    /// Capitals without a vowel ("CNN", "BBC", "NWS") spell no word: each letter stands for
    /// one, so none is folded and a doubled letter is no spelling habit ("CNN" is not "CN").
    private static func isVowellessAcronym(_ word: String) -> Bool {
        word.utf8.count >= 2 && word.utf8.allSatisfy { $0 >= 65 && $0 <= 90 && !capitalVowels.contains($0) }
    }

    private static let capitalVowels = Set("AEIOUY".utf8)

    /// An ASCII letter in lower case and a digit as it is; other ASCII is no part of a name.
    @inline(__always) private static func appendASCII(_ b: UInt8, to out: inout [UInt8]) {
        if b >= 65 && b <= 90 { out.append(b + 32) } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { out.append(b) }
    }

    private static func fold(scalar u: Unicode.Scalar) -> [UInt8] {
        let v = u.value
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 65 && b <= 90 { return [b + 32] }
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { return [b] }
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") { return [] }
            return []
        }
        switch v {
        case 0x2019, 0x2018: return []
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return [UInt8(ascii: "a")]
        case 0xC6, 0xE6: return [UInt8(ascii: "a"), UInt8(ascii: "e")]
        case 0xC7, 0xE7, 0x106...0x10D: return [UInt8(ascii: "c")]
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return [UInt8(ascii: "e")]
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return [UInt8(ascii: "i")]
        case 0xD1, 0xF1, 0x143...0x148: return [UInt8(ascii: "n")]
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return [UInt8(ascii: "o")]
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return [UInt8(ascii: "u")]
        case 0xDD, 0xFD, 0xFF: return [UInt8(ascii: "i")]
        case 0xDF: return [UInt8(ascii: "s")]
        case 0x141, 0x142: return [UInt8(ascii: "l")]
        case 0x15A...0x161: return [UInt8(ascii: "s")]
        case 0x179...0x17E: return [UInt8(ascii: "z")]
        case 0x158, 0x159: return [UInt8(ascii: "r")]
        case 0x10E...0x111: return [UInt8(ascii: "d")]
        case 0x164, 0x165: return [UInt8(ascii: "t")]
        default:
            // Other scripts are kept as their bytes, lower-cased where Swift knows how.
            return Array(String(u).lowercased().utf8)
        }
    }

    static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i")
            || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    /// Whether two folded words have the same consonants (vowels dropped, a doubled
    /// consonant read once: what survives transliteration), two or more of them. Read in
    /// place, pairwise: most pairs asked differ in their first consonants.
    static func shareConsonants(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var i = 0, j = 0, count = 0
        var lastA: UInt8? = nil, lastB: UInt8? = nil
        while true {
            var ca: UInt8? = nil
            while i < a.count {
                let c = a[i]
                i += 1
                if !isVowel(c) && c != lastA { ca = c; lastA = c; break }
            }
            var cb: UInt8? = nil
            while j < b.count {
                let c = b[j]
                j += 1
                if !isVowel(c) && c != lastB { cb = c; lastB = c; break }
            }
            if ca != cb { return false }
            if ca == nil { return count >= 2 }
            count += 1
        }
    }

    /// True when two single words are spellings of one name.
    public static func areVariants(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return areVariants(folded: fold(a), fold(b))
    }

    /// `typos`: whether one typo inside the word may make a variant, where only the same
    /// consonants may otherwise.
    public static func areVariants(folded fa: [UInt8], _ fb: [UInt8], typos: Bool = true) -> Bool {
        if fa == fb { return !fa.isEmpty }
        guard let fa0 = fa.first, let fb0 = fb.first else { return false }
        let shorter = min(fa.count, fb.count)
        let longer = max(fa.count, fb.count)
        guard shorter >= 3, longer - shorter <= 3 else { return false }
        guard fa0 == fb0 || (isVowel(fa0) && isVowel(fb0)) else { return false }
        // One name extended by a suffix is another word: Niger/Nigeria, Russia/Russian,
        // Georgia/Georgian.
        if fa.count != fb.count {
            let (short, long) = fa.count < fb.count ? (fa, fb) : (fb, fa)
            if long.starts(with: short) { return false }
        }
        // The same consonants (the starts agree, by the guard above) within a few edits; or
        // one typo inside the word (Witkoff/Witoff, Zelensky/Zelenksy), where a different
        // ending is another name (Rubio/Rubin, Biden/Bidet) unless the letters are only
        // swapped. The edit distance, the dear part, only when one of them can hold.
        let sameConsonants = shareConsonants(fa, fb)
        let typo = typos && shorter >= 5 && fa0 == fb0 && (fa.last == fb.last || fa.sorted() == fb.sorted())
        guard sameConsonants || typo else { return false }
        let distance = EditDistance.between(fa, fb, limit: 3)
        if sameConsonants, distance <= max(1, longer / 3) { return true }
        return typo && distance <= 1
    }
}
