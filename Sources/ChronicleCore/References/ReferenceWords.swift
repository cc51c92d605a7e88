/// What reference resolution makes of a word of the lexicon's reference classes: a pronoun
/// with what it agrees with, a role noun that can stand for an actor already introduced, a
/// noun after a nationality adjective that makes the country the one acting, or a word for
/// two people named together.
enum ReferenceWord: Sendable, Equatable {
    case pronoun(Pronoun)
    case role(RoleClass)
    /// "forces", "troops", "officials": after "Russian", the country acts.
    case stateAgent
    /// "pair", "two": "the pair" stands for the two people just named together.
    case pairNoun

    /// Every class `init` reads a reading from; the case classes (`objectPronoun`,
    /// `possessivePronoun`) only qualify a pronoun.
    static let classes: WordClasses = [
        .pairNoun, .stateAgent, .personRole, .institutionRole, .companyRole,
        .malePronoun, .femalePronoun, .thingPronoun, .groupPronoun,
    ]

    /// The reading of a word in these classes; nil for a word in none of the reference
    /// classes. A word the lexicon puts in several takes the first reading of this order.
    init?(_ classes: WordClasses) {
        if classes.contains(.pairNoun) {
            self = .pairNoun
        } else if classes.contains(.stateAgent) {
            self = .stateAgent
        } else if classes.contains(.personRole) {
            self = .role(.person)
        } else if classes.contains(.institutionRole) {
            self = .role(.institution)
        } else if classes.contains(.companyRole) {
            self = .role(.company)
        } else if let p = Pronoun(classes) {
            self = .pronoun(p)
        } else {
            return nil
        }
    }
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

    /// The pronoun of a word in the lexicon's pronoun classes: what it agrees with from
    /// `malePronoun`, `femalePronoun`, `thingPronoun` or `groupPronoun` (only a group's is
    /// plural), its case from `objectPronoun` and `possessivePronoun`. Nil for a word in none
    /// of the four.
    init?(_ classes: WordClasses) {
        if classes.contains(.malePronoun) {
            self.init(agreement: .person, gender: .male, classes)
        } else if classes.contains(.femalePronoun) {
            self.init(agreement: .person, gender: .female, classes)
        } else if classes.contains(.thingPronoun) {
            self.init(agreement: .thing, gender: nil, classes)
        } else if classes.contains(.groupPronoun) {
            self.init(agreement: .group, gender: nil, classes)
        } else {
            return nil
        }
    }

    private init(agreement: Agreement, gender: Gender?, _ classes: WordClasses) {
        self.agreement = agreement
        self.gender = gender
        plural = agreement == .group
        isObject = classes.contains(.objectPronoun)
        isPossessive = classes.contains(.possessivePronoun)
    }
}

enum RoleClass: Sendable, Equatable {
    case company, institution, person
}
