/// The English words reference resolution reads: pronouns with what they agree with, role
/// nouns that can stand for an actor already introduced, and the nouns after a nationality
/// adjective that make the country the one acting. One table, probed by a token's hash.
enum ReferenceWord: Sendable, Equatable {
    case pronoun(Pronoun)
    case role(RoleClass)
    /// "forces", "troops", "officials": after "Russian", the country acts.
    case stateAgent
    /// "pair", "two": "the pair" stands for the two people just named together.
    case pairNoun

    static let table: WordTable<ReferenceWord> = {
        var t = WordTable<ReferenceWord>(minimumCapacity: 256)
        for (word, p) in pronouns { t.set(word, .pronoun(p)) }
        for w in companyNouns { t.set(w, .role(.company)) }
        for w in institutionNouns { t.set(w, .role(.institution)) }
        for w in personRoleNouns { t.set(w, .role(.person)) }
        for w in stateAgentNouns { t.set(w, .stateAgent) }
        for w in ["pair", "two", "duo"] { t.set(w, .pairNoun) }
        return t
    }()

    static let pronouns: [(String, Pronoun)] = [
        ("he", Pronoun(agreement: .person, gender: .male, plural: false, isObject: false, isPossessive: false)),
        ("him", Pronoun(agreement: .person, gender: .male, plural: false, isObject: true, isPossessive: false)),
        ("his", Pronoun(agreement: .person, gender: .male, plural: false, isObject: false, isPossessive: true)),
        ("himself", Pronoun(agreement: .person, gender: .male, plural: false, isObject: false, isPossessive: false)),
        ("she", Pronoun(agreement: .person, gender: .female, plural: false, isObject: false, isPossessive: false)),
        // "her" is an object or a possessive: it binds like neither.
        ("her", Pronoun(agreement: .person, gender: .female, plural: false, isObject: false, isPossessive: true)),
        ("hers", Pronoun(agreement: .person, gender: .female, plural: false, isObject: false, isPossessive: true)),
        ("herself", Pronoun(agreement: .person, gender: .female, plural: false, isObject: false, isPossessive: false)),
        ("it", Pronoun(agreement: .thing, gender: nil, plural: false, isObject: false, isPossessive: false)),
        ("its", Pronoun(agreement: .thing, gender: nil, plural: false, isObject: false, isPossessive: true)),
        ("itself", Pronoun(agreement: .thing, gender: nil, plural: false, isObject: false, isPossessive: false)),
        ("they", Pronoun(agreement: .group, gender: nil, plural: true, isObject: false, isPossessive: false)),
        ("them", Pronoun(agreement: .group, gender: nil, plural: true, isObject: true, isPossessive: false)),
        ("their", Pronoun(agreement: .group, gender: nil, plural: true, isObject: false, isPossessive: true)),
        ("themselves", Pronoun(agreement: .group, gender: nil, plural: true, isObject: false, isPossessive: false)),
    ]

    /// Nouns for a business: "the company", "the carrier", "the planemaker".
    static let companyNouns = [
        "company", "firm", "carrier", "airline", "planemaker", "plane-maker", "automaker",
        "carmaker", "manufacturer", "maker", "retailer", "bank", "lender", "insurer",
        "chipmaker", "conglomerate", "startup", "start-up", "giant", "group", "operator",
        "supplier", "broadcaster", "publisher", "brand", "corporation", "miner", "producer",
        "exporter", "distributor", "developer", "studio", "label", "outlet", "newspaper",
    ]

    /// Nouns for a public body: "the ministry", "the regulator", "the alliance".
    static let institutionNouns = [
        "ministry", "department", "agency", "regulator", "watchdog", "commission", "council",
        "court", "parliament", "legislature", "authority", "alliance", "bloc", "committee",
        "board", "party", "union", "organization", "organisation", "administration",
    ]

    /// Roles of people: "the envoy", "the chief executive", "the Russian leader".
    static let personRoleNouns = [
        "envoy", "executive", "ceo", "president", "leader", "minister", "premier", "chancellor",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder",
        "co-founder", "cofounder", "senator", "general", "commander", "ambassador", "governor",
        "mayor", "secretary", "director", "boss", "king", "queen", "pope", "billionaire",
        "tycoon", "oligarch", "businessman", "businesswoman", "negotiator", "aide", "adviser",
        "advisor", "judge", "prosecutor", "coach", "chief", "diplomat", "lawmaker", "prince",
    ]

    /// Roles a "leader" may have been introduced with ("President X", "Prime Minister Y").
    static let leaderRoles: Set<String> = ["leader", "president", "premier", "chancellor", "prime", "king", "queen"]

    /// Nouns that, after a nationality adjective, make the country the one acting.
    static let stateAgentNouns = [
        "forces", "troops", "army", "military", "soldiers", "servicemen", "drones", "missiles",
        "attacks", "strikes", "shelling", "artillery", "warplanes", "jets", "navy", "officials",
        "authorities", "government", "delegation", "negotiators", "diplomats", "side",
        "regulators", "lawmakers", "law", "courts", "police", "resistance", "defenses",
        "defences", "units", "offensive", "counteroffensive", "invasion", "occupation",
        "intelligence", "prosecutors", "ministers",
    ]

    /// Words before a name that attach it to a preceding word rather than make it the
    /// subject of its clause ("talks with X", "a letter to X").
    static let prepositions = LowerWordSet([
        "in", "at", "on", "with", "to", "from", "by", "for", "of", "about", "against", "between",
        "after", "before", "under", "over", "near", "into", "than", "like", "via", "toward",
        "towards", "among", "across", "through", "during", "including", "without", "per",
        "alongside", "beside", "behind", "unlike", "despite", "and", "or",
    ])

    /// Verbs that after "it" make it a word for a thing already met ("it said", "it will"),
    /// not the "it" of "it is likely" or "it seems".
    static let actingAfterIt = LowerWordSet([
        "said", "says", "announced", "announces", "reported", "reports", "added", "told",
        "will", "has", "had", "plans", "planned", "expects", "expected", "also", "later",
        "sold", "bought", "launched", "released", "unveiled", "agreed", "denied", "confirmed",
        "warned", "cut", "raised", "lost", "posted", "filed", "hired", "fired", "opened",
        "closed", "made", "paid", "received", "signed", "sued", "won", "wants", "aims",
        "intends", "does", "did", "declined", "stated", "claimed", "issued", "ordered",
        "delivered", "built", "introduced", "began", "started", "stopped", "suspended",
    ])
}

struct Pronoun: Sendable, Equatable {
    enum Agreement: Sendable { case person, thing, group }
    enum Gender: Sendable { case male, female }
    var agreement: Agreement
    var gender: Gender?
    var plural: Bool
    /// "him": never the subject of its own clause.
    var isObject: Bool
    var isPossessive: Bool
}

enum RoleClass: Sendable, Equatable {
    case company, institution, person
}
