/// A company is called by the first words of its full name: "Vandel Airlines" is "Vandel",
/// "Vandel Air Lines" too. The words dropped only say what kind of company it is
/// (`companySuffix`, `companyNameTail`, and `companyNameInnerTail` before one).
enum CompanyShortName {
    /// `name` without those words at its end, read in its bytes (most names end in none);
    /// its first word always stays.
    static func of(_ name: String, lexicon: Lexicon) -> Substring {
        let tails = WordClasses.companySuffix.union(.companyNameTail)
        let u = name.utf8
        var end = u.endIndex
        while let space = u[..<end].lastIndex(of: 0x20) {
            let classes = lexicon.classes(lowerBytes: u[u.index(after: space)..<end].lazy.map(\.asciiLowercased))
            guard !classes.isDisjoint(with: tails)
                    || end < u.endIndex && classes.contains(.companyNameInnerTail) else { break }
            end = space
        }
        return name[..<end]
    }
}
