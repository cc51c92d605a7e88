/// The words the sentence splitter must know besides the lexicon's titles, short months
/// and weekdays: abbreviations whose period does not end a sentence, and the capitalized
/// words that typically open one (which tell an abbreviation that does end a sentence, "in
/// the U.S. The", from one that does not, "U.S. President").
enum SentenceBoundaryWords {
    /// Abbreviations that usually sit mid-sentence but may end one: company and address
    /// forms, like the lexicon's short months and weekdays and name abbreviations.
    /// Written with a capital (compared lowercased).
    static let capitalized: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "govt",
        "ave", "blvd", "rd", "hwy", "sq", "vol", "fig", "ed", "eds", "est", "no", "nos", "op",
        "art", "sec", "ch", "para", "ref", "tel", "nr", "ft",
    ]

    /// Lower-case abbreviations.
    static let lowercase: Set<String> = [
        "etc", "al", "cf", "approx", "vs", "v", "ca", "pp", "p", "no", "nos", "vol", "fig",
        "mln", "bln", "bn", "min", "max", "sq", "ft", "km", "mi", "lb", "lbs", "oz", "hr",
        "hrs", "sec", "yr", "yrs", "est", "incl", "excl", "dept", "govt", "intl", "natl",
        "ed", "eds", "esp", "viz", "resp", "ibid",
    ]

    /// Abbreviations only before a number ("No. 5", "Vol. 2"); elsewhere ordinary words,
    /// as in "The answer was no. Then ...".
    static let onlyBeforeNumber: Set<String> = [
        "no", "nos", "p", "pp", "op", "art", "sec", "ch", "para", "vol", "fig", "nr", "ref", "tel",
    ]

    /// Never end a sentence whatever follows.
    static let neverFinal: Set<String> = ["vs", "v", "e.g", "i.e", "cf", "viz"]

    /// Capitalized words that open sentences far more often than they continue a name.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
        "but", "and", "or", "so", "yet", "nor", "for", "in", "on", "at", "by", "from", "with",
        "without", "to", "of", "as", "if", "when", "while", "after", "before", "since",
        "although", "though", "because", "however", "meanwhile", "moreover", "still", "then",
        "now", "thus", "what", "why", "how", "who", "where", "which", "some", "many", "most",
        "all", "both", "each", "every", "several", "such", "other", "another", "more", "not",
        "none", "one", "two", "three", "last", "next", "earlier", "later", "today",
        "yesterday", "tomorrow", "under", "over", "during", "despite", "according", "also",
        "instead", "indeed", "officials", "asked", "it's", "that's", "there's", "he's",
        "she's", "we're", "they're", "i'm", "is", "are", "was", "were", "will", "would",
        "did", "does", "do", "can", "could", "should", "may", "might", "must", "has", "have",
        "had", "let", "no",
    ]
}
