/// The letters an acronym join compares: the initials a name of several words spells and
/// the letters of a written acronym. A plain ASCII spelling is read from its bytes (the
/// same answers: its Characters are its bytes); any other by Character.
enum AcronymLetters {
    /// "United States" -> "US", "Bank of England" -> "BE": the initials of a name whose
    /// words are all capitalised or small joining words (the lexicon's `acronymJoiner`), when
    /// there are two or more.
    static func initials(of text: String, lexicon: Lexicon = .bundled) -> String? {
        if let plain = plainInitials(text, lexicon: lexicon) {
            return plain.ok && plain.initials.count >= 2 ? plain.initials : nil
        }
        let words = text.split(separator: " ")
        let ok = words.allSatisfy {
            $0.first?.isUppercase == true || $0.first?.isLowercase == true && isJoiner($0.utf8, lexicon)
        }
        let initials = String(words.filter { $0.first?.isUppercase == true }.compactMap(\.first))
        return ok && initials.count >= 2 ? initials : nil
    }

    /// "U.S." -> "US": the letters of an acronym of two to six capitals, its dots left out.
    static func letters(of text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let letters = text.utf8.filter { $0 != UInt8(ascii: ".") }
            guard letters.count >= 2, letters.count <= 6, letters.allSatisfy(WordScanner.isUpperASCII) else { return nil }
            return String(decoding: letters, as: UTF8.self)
        }
        let letters = text.filter { $0 != "." }
        let ok = letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.isUppercase && $0.isLetter }
        return ok ? letters : nil
    }

    /// A joining word in lower case ("of", not "OF").
    private static func isJoiner<Bytes: Collection<UInt8>>(_ word: Bytes, _ lexicon: Lexicon) -> Bool {
        word.allSatisfy { !WordScanner.isUpperASCII($0) } && lexicon.classes(lowerBytes: word).contains(.acronymJoiner)
    }

    /// The initials of a plain ASCII text and whether every word is capitalised or a
    /// joining word; nil for any other text.
    private static func plainInitials(_ text: String, lexicon: Lexicon) -> (initials: String, ok: Bool)? {
        let u = Array(text.utf8)
        guard u.allSatisfy({ $0 < 0x80 }) else { return nil }
        var initials: [UInt8] = []
        var ok = true
        var i = 0
        while i < u.count {
            guard u[i] != 0x20 else { i += 1; continue }
            var j = i
            while j < u.count, u[j] != 0x20 { j += 1 }
            if WordScanner.isUpperASCII(u[i]) {
                initials.append(u[i])
            } else if !isJoiner(u[i..<j], lexicon) {
                ok = false
            }
            i = j
        }
        return (String(decoding: initials, as: UTF8.self), ok)
    }
}
