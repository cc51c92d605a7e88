/// The words that tell a happening from a description, an opinion or a plan, for
/// `HappeningClause`.
enum NarrativeCues {
    /// Past forms that do not end in "-ed" (past tense or both tense and participle).
    static let irregularPast: LowerWordSet = [
        "said", "told", "made", "gave", "took", "met", "won", "lost", "sold", "bought", "began",
        "went", "came", "left", "held", "ran", "saw", "brought", "became", "fell", "rose",
        "got", "paid", "led", "put", "set", "cut", "hit", "shut", "quit", "spent", "sent", "built",
        "struck", "wrote", "spoke", "chose", "drove", "flew", "grew", "knew", "thought", "found",
        "kept", "felt", "stood", "sat", "broke", "stole", "threw", "drew", "fought", "caught",
        "sought", "taught", "wore", "withdrew", "undertook", "overtook", "forbade",
        "shook", "swore", "upheld", "withheld", "underwent", "laid", "lent", "meant",
        "dealt", "fled", "bore", "beat", "bid", "shot", "slid", "split", "spread", "sank",
        "sprang", "rang", "sang", "swam", "forgot", "forgave", "froze", "hid", "bit",
        "outsold", "rebuilt", "resold", "retook", "arose", "awoke",
    ]
    /// Participles that differ from the past form, read after "has"/"have".
    static let irregularParticiples: LowerWordSet = [
        "been", "done", "given", "taken", "gone", "seen", "become", "begun", "grown", "known",
        "shown", "written", "spoken", "chosen", "driven", "flown", "broken", "stolen", "thrown",
        "drawn", "fallen", "risen", "worn", "withdrawn", "undertaken", "overtaken", "sworn",
        "frozen", "hidden", "forgotten", "forgiven", "beaten", "bitten", "eaten", "sunk",
        "sprung", "rung", "sung", "swum", "struck", "won", "cut", "hit", "put", "set", "shut",
        "quit", "let",
    ]
    /// Words that are no past verb though they end in "-ed".
    static let notPast: LowerWordSet = [
        "hundred", "hundreds", "indeed", "embed", "speed", "breed", "greed", "proceed",
        "succeed", "exceed", "creed", "steed", "shed", "sled", "naked", "wicked", "sacred",
        "kindred", "rugged", "ragged", "beloved", "aged", "wretched", "crooked", "blessed",
        "dogged", "jagged", "unemployed", "unprecedented", "unrelated", "unlimited", "united",
        "based", "related", "dedicated", "sophisticated", "complicated", "skilled",
        "interested", "concerned", "supposed", "need", "feed", "seed", "weed", "deed", "reed",
        "heed", "bleed",
    ]
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
    /// Words that open a conditional, a concession about what may be, or a wish.
    static let conditionalOpeners: LowerWordSet = ["if", "unless", "whether", "should", "suppose", "imagine"]
    /// Opinion and speculation outside a quotation.
    static let opinion: LowerWordSet = [
        "i", "we", "i'm", "we're", "my", "opinion", "believe", "believes", "think", "thinks",
        "should", "ought", "must", "perhaps", "maybe", "arguably", "probably", "likely",
        "unlikely", "possibly", "may", "might", "seems", "seem", "hopefully", "supposedly", "presumably",
        "speculated", "speculation", "rumored", "rumoured", "rumors", "rumours",
    ]
    /// What happens as a rule, not once.
    static let habitual: LowerWordSet = [
        "usually", "often", "always", "generally", "typically", "normally", "traditionally",
        "frequently", "regularly", "whenever", "tend", "tends",
    ]
    /// Words that open a new clause, whose verb has a subject of its own.
    static let clauseOpeners: LowerWordSet = [
        "while", "when", "where", "which", "who", "whom", "whose", "that", "because", "after",
        "before", "although", "though", "since", "if", "unless", "until", "whereas",
    ]
    /// Prepositions that make the name after them a place or a circumstance, not a subject.
    static let locatives: LowerWordSet = [
        "in", "at", "on", "near", "from", "across", "into", "inside", "outside", "throughout",
        "within", "over", "under", "around", "toward", "towards", "beyond",
    ]
    /// Words of intention inside a quotation.
    static let intent: LowerWordSet = ["will", "would", "going", "plan", "plans", "intend", "intends", "want", "wants", "hope"]
}
