/// The table classes of a lexicon, read as maps from a word to the name it stands for
/// ("russian" to "russia", "u.k." to "united kingdom"), compiled once per lexicon. A
/// later line for the same word (a corpus's `add:`) wins.
struct LexiconTables: Sendable {
    /// A demonym's country, or "" for one that names none ("western", "catholic").
    let demonymCountry: [String: String]
    /// A country acronym's country ("us", "u.k.").
    let acronymCountry: [String: String]
    /// A region's country ("new jersey" to "united states").
    let regionCountry: [String: String]
    /// The region a short form names in an address ("pa" to "pennsylvania").
    let regionAbbreviation: [String: String]
    /// The region a postal code names after a town ("tx" to "texas").
    let postalRegion: [String: String]
    /// The given name a familiar form stands for ("joe" to "joseph").
    let nicknameOf: [String: String]
    /// The countries the demonyms name ("russia", "united states"): owners of
    /// institutions ("Russia’s air force").
    let demonymPlaces: LowerWordSet

    init(_ lines: [WordClass: [[String]]]) {
        func table(_ cls: WordClass) -> [String: String] {
            var map: [String: String] = [:]
            for line in lines[cls, default: []] {
                guard let word = line.first else { continue }
                map[word] = line.count > 1 ? line[1] : ""
            }
            return map
        }
        demonymCountry = table(.demonym)
        acronymCountry = table(.countryAcronym)
        regionCountry = table(.regionCountry)
        regionAbbreviation = table(.regionAbbreviation)
        postalRegion = table(.postalRegion)
        nicknameOf = table(.nickname)
        demonymPlaces = LowerWordSet(demonymCountry.values.filter { !$0.isEmpty })
    }

    /// The country `lower` names as a demonym or a country acronym, if any.
    func country(of lower: String) -> String? {
        guard let country = demonymCountry[lower] ?? acronymCountry[lower], !country.isEmpty else { return nil }
        return country
    }
}
