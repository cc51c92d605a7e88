/// The grammar words `HappeningClause` reads to find a finite verb: auxiliaries,
/// determiners and adverbs. The classes of content words (past forms, opinion, habit
/// and intention cues, clause openers, locative prepositions) are the lexicon's.
enum NarrativeCues {
    /// "has", "have" before a participle: the present perfect.
    static let perfectAuxiliaries: LowerWordSet = ["has", "have", "'ve"]
    /// "had" before a participle: the past perfect, background to the news.
    static let pastPerfect: LowerWordSet = ["had", "'d"]
    /// Past forms of "be" before a participle: a passive past ("was fired").
    static let pastBe: LowerWordSet = ["was", "were"]
    /// Words after which an "-ed" form is an adjective, an infinitive's or a modal's
    /// participle, or the participle of a perfect: no finite past of its own.
    static let beforeNonFinite: LowerWordSet = [
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
        "these", "those", "be", "been", "being", "is", "are", "am", "to", "has", "have",
        "having", "will", "would", "could", "should", "may", "might", "must", "can", "not",
        "newly", "well", "widely", "highly", "fully", "less", "more", "most", "very", "of",
        "as", "than", "get", "gets", "getting",
    ]
    /// Adverbs that may stand between an auxiliary and its verb ("has already sold").
    static let adverbs: LowerWordSet = [
        "also", "already", "just", "recently", "since", "later", "then", "again", "finally",
        "reportedly", "officially", "formally", "publicly", "previously", "earlier", "first",
        "initially", "subsequently", "now", "once", "still", "never", "not", "quickly",
        "immediately", "eventually", "briefly", "jointly",
    ]
}
