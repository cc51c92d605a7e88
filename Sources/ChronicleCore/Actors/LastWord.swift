/// The last word of a name ("Zelenskyy" of "Volodymyr Zelenskyy"), as
/// `split(separator: " ").last` gives it, found from the bytes when the last space is
/// plainly a Character of its own, so the whole name need not be split by Character
/// (grapheme breaking) for every surname check.
enum LastWord {
    static func of(_ text: String) -> Substring? {
        let u = text.utf8
        guard let space = u.lastIndex(of: 0x20) else {
            return text.isEmpty ? nil : text[...]
        }
        let after = u.index(after: space)
        // ASCII on both sides: no grapheme cluster can join the space to its neighbours.
        if space > u.startIndex, after < u.endIndex, u[u.index(before: space)] < 0x80, u[after] < 0x80 {
            return text[after...]
        }
        return text.split(separator: " ").last
    }
}
