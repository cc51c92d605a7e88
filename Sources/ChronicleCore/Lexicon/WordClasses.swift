/// The classes one word belongs to, as a fixed set of 256 bits in four machine words:
/// asking about several classes at once is a few instructions and no allocation, and a
/// lexicon entry with its set stays within a cache line.
public struct WordClasses: SetAlgebra, Sendable, Hashable {
    /// How many classes a set can hold; a test fails while `WordClass` has more.
    static let capacity = 4 * UInt64.bitWidth

    /// Classes at positions 0 to 63, 64 to 127, 128 to 191 and 192 to 255.
    private var w0: UInt64
    private var w1: UInt64
    private var w2: UInt64
    private var w3: UInt64

    private init(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3
    }

    public init() { self.init(0, 0, 0, 0) }

    init(_ cls: WordClass) { self.init(position: cls.rawValue) }

    /// The set of the one class at `position` (0 up to `capacity`).
    init(position: Int) {
        precondition(position >= 0 && position < Self.capacity, "a word class position past the set's width")
        let bit: UInt64 = 1 << UInt64(position % 64)
        switch position / 64 {
        case 0: self.init(bit, 0, 0, 0)
        case 1: self.init(0, bit, 0, 0)
        case 2: self.init(0, 0, bit, 0)
        default: self.init(0, 0, 0, bit)
        }
    }

    static let none = WordClasses()

    /// How many classes the set holds.
    var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount }

    public var isEmpty: Bool { w0 | w1 | w2 | w3 == 0 }

    @inline(__always)
    public func isDisjoint(with other: WordClasses) -> Bool {
        (w0 & other.w0) | (w1 & other.w1) | (w2 & other.w2) | (w3 & other.w3) == 0
    }

    @inline(__always)
    public func contains(_ member: WordClasses) -> Bool {
        (member.w0 & ~w0) | (member.w1 & ~w1) | (member.w2 & ~w2) | (member.w3 & ~w3) == 0
    }

    public func isSubset(of other: WordClasses) -> Bool { other.contains(self) }

    public func isSuperset(of other: WordClasses) -> Bool { contains(other) }

    public func union(_ other: WordClasses) -> WordClasses {
        WordClasses(w0 | other.w0, w1 | other.w1, w2 | other.w2, w3 | other.w3)
    }

    public func intersection(_ other: WordClasses) -> WordClasses {
        WordClasses(w0 & other.w0, w1 & other.w1, w2 & other.w2, w3 & other.w3)
    }

    public func symmetricDifference(_ other: WordClasses) -> WordClasses {
        WordClasses(w0 ^ other.w0, w1 ^ other.w1, w2 ^ other.w2, w3 ^ other.w3)
    }

    public func subtracting(_ other: WordClasses) -> WordClasses {
        WordClasses(w0 & ~other.w0, w1 & ~other.w1, w2 & ~other.w2, w3 & ~other.w3)
    }

    @discardableResult
    public mutating func insert(_ member: WordClasses) -> (inserted: Bool, memberAfterInsert: WordClasses) {
        let inserted = !contains(member)
        formUnion(member)
        return (inserted, member)
    }

    @discardableResult
    public mutating func remove(_ member: WordClasses) -> WordClasses? {
        let removed = intersection(member)
        self = subtracting(member)
        return removed.isEmpty ? nil : removed
    }

    @discardableResult
    public mutating func update(with member: WordClasses) -> WordClasses? {
        let present = intersection(member)
        formUnion(member)
        return present.isEmpty ? nil : present
    }

    public mutating func formUnion(_ other: WordClasses) { self = union(other) }

    public mutating func formIntersection(_ other: WordClasses) { self = intersection(other) }

    public mutating func formSymmetricDifference(_ other: WordClasses) { self = symmetricDifference(other) }

    public mutating func subtract(_ other: WordClasses) { self = subtracting(other) }
}

extension WordClasses {
    static let month = WordClasses(.month)
    static let weekday = WordClasses(.weekday)
    static let calendarName = WordClasses(.calendarName)
    static let timeZone = WordClasses(.timeZone)
    static let shortTimeZone = WordClasses(.shortTimeZone)
    static let reportingVerb = WordClasses(.reportingVerb)
    static let speechVerb = WordClasses(.speechVerb)
    static let claimFiller = WordClasses(.claimFiller)
    static let speechBlocker = WordClasses(.speechBlocker)
    static let spokesRole = WordClasses(.spokesRole)
    static let spokesLinker = WordClasses(.spokesLinker)
    static let article = WordClasses(.article)
    static let uniformedBody = WordClasses(.uniformedBody)
    static let objectSpeechVerb = WordClasses(.objectSpeechVerb)
    static let afterSpeechWord = WordClasses(.afterSpeechWord)
    static let nounLikeSpeechVerb = WordClasses(.nounLikeSpeechVerb)
    static let speakerAside = WordClasses(.speakerAside)
    static let lyNoun = WordClasses(.lyNoun)
    static let mediumPreposition = WordClasses(.mediumPreposition)
    static let bodyNameLinker = WordClasses(.bodyNameLinker)
    static let titleAbbreviation = WordClasses(.titleAbbreviation)
    static let nameAbbreviation = WordClasses(.nameAbbreviation)
    static let placeNamePreposition = WordClasses(.placeNamePreposition)
    static let particleInVerb = WordClasses(.particleInVerb)
    static let aboutInWord = WordClasses(.aboutInWord)
    static let placeVerb = WordClasses(.placeVerb)
    static let happeningHead = WordClasses(.happeningHead)
    static let clubWord = WordClasses(.clubWord)
    static let organizationNoun = WordClasses(.organizationNoun)
    static let organizationModifier = WordClasses(.organizationModifier)
    static let phraseAdjective = WordClasses(.phraseAdjective)
    static let placeOpener = WordClasses(.placeOpener)
    static let legislature = WordClasses(.legislature)
    static let productNoun = WordClasses(.productNoun)
    static let makingVerb = WordClasses(.makingVerb)
    static let productMaker = WordClasses(.productMaker)
    static let indefiniteArticle = WordClasses(.indefiniteArticle)
    static let partyMember = WordClasses(.partyMember)
    static let corporateTitle = WordClasses(.corporateTitle)
    static let functionTitle = WordClasses(.functionTitle)
    static let companyAsset = WordClasses(.companyAsset)
    static let companySuffix = WordClasses(.companySuffix)
    static let stockExchange = WordClasses(.stockExchange)
    static let marketMoveVerb = WordClasses(.marketMoveVerb)
    static let marketMoveAdverb = WordClasses(.marketMoveAdverb)
    static let marketMoveCopula = WordClasses(.marketMoveCopula)
    static let percentWord = WordClasses(.percentWord)
    static let marketQuantity = WordClasses(.marketQuantity)
    static let companyNameTail = WordClasses(.companyNameTail)
    static let tradeNameTail = WordClasses(.tradeNameTail)
    static let companyNameInnerTail = WordClasses(.companyNameInnerTail)
    static let spelledLegalForm = WordClasses(.spelledLegalForm)
    static let capitalizedAbbreviation = WordClasses(.capitalizedAbbreviation)
    static let lowercaseAbbreviation = WordClasses(.lowercaseAbbreviation)
    static let numberAbbreviation = WordClasses(.numberAbbreviation)
    static let neverFinalAbbreviation = WordClasses(.neverFinalAbbreviation)
    static let sentenceOpener = WordClasses(.sentenceOpener)
    static let stampWord = WordClasses(.stampWord)
    static let stopWord = WordClasses(.stopWord)
    static let groupNoun = WordClasses(.groupNoun)
    static let tradeMembers = WordClasses(.tradeMembers)
    static let placeHead = WordClasses(.placeHead)
    static let areaHead = WordClasses(.areaHead)
    static let areaHeadPlural = WordClasses(.areaHeadPlural)
    static let placeNoun = WordClasses(.placeNoun)
    static let organizationHead = WordClasses(.organizationHead)
    static let militaryCue = WordClasses(.militaryCue)
    static let talksCue = WordClasses(.talksCue)
    static let planCue = WordClasses(.planCue)
    static let politicsCue = WordClasses(.politicsCue)
    static let statementCue = WordClasses(.statementCue)
    static let crimeCue = WordClasses(.crimeCue)
    static let civilCue = WordClasses(.civilCue)
    static let armyCue = WordClasses(.armyCue)
    static let singularHappening = WordClasses(.singularHappening)
    static let figurativeMilitaryCue = WordClasses(.figurativeMilitaryCue)
    static let legalCue = WordClasses(.legalCue)
    static let numberLabel = WordClasses(.numberLabel)
    static let streetWord = WordClasses(.streetWord)
    static let pastVerb = WordClasses(.pastVerb)
    static let ambiguousPast = WordClasses(.ambiguousPast)
    static let pastParticiple = WordClasses(.pastParticiple)
    static let notPastVerb = WordClasses(.notPastVerb)
    static let opinionCue = WordClasses(.opinionCue)
    static let habitCue = WordClasses(.habitCue)
    static let intentCue = WordClasses(.intentCue)
    static let conditionalOpener = WordClasses(.conditionalOpener)
    static let clauseOpener = WordClasses(.clauseOpener)
    static let locativePreposition = WordClasses(.locativePreposition)
    static let pageSection = WordClasses(.pageSection)
    static let readerAction = WordClasses(.readerAction)
    static let readerAddress = WordClasses(.readerAddress)
    static let deicticWord = WordClasses(.deicticWord)
    static let clockWord = WordClasses(.clockWord)
    static let clauseConjunction = WordClasses(.clauseConjunction)
    static let contrastConjunction = WordClasses(.contrastConjunction)
    static let wordingFiller = WordClasses(.wordingFiller)
    static let relativePronoun = WordClasses(.relativePronoun)
    static let personRelative = WordClasses(.personRelative)
    static let subjectOpener = WordClasses(.subjectOpener)
    static let dateJoiner = WordClasses(.dateJoiner)
    static let listJoiner = WordClasses(.listJoiner)
    static let timeBound = WordClasses(.timeBound)
    static let comparisonWord = WordClasses(.comparisonWord)
    static let absoluteOpener = WordClasses(.absoluteOpener)
    static let dealNoun = WordClasses(.dealNoun)
    static let acronymJoiner = WordClasses(.acronymJoiner)
    static let companyRole = WordClasses(.companyRole)
    static let institutionRole = WordClasses(.institutionRole)
    static let personRole = WordClasses(.personRole)
    static let leaderRole = WordClasses(.leaderRole)
    static let stateAgent = WordClasses(.stateAgent)
    static let pairNoun = WordClasses(.pairNoun)
    static let preposition = WordClasses(.preposition)
    static let actingAfterIt = WordClasses(.actingAfterIt)
    static let malePronoun = WordClasses(.malePronoun)
    static let femalePronoun = WordClasses(.femalePronoun)
    static let thingPronoun = WordClasses(.thingPronoun)
    static let groupPronoun = WordClasses(.groupPronoun)
    static let femaleGivenName = WordClasses(.femaleGivenName)
    static let maleGivenName = WordClasses(.maleGivenName)
    static let femaleTitle = WordClasses(.femaleTitle)
    static let maleTitle = WordClasses(.maleTitle)
    static let firstPersonPronoun = WordClasses(.firstPersonPronoun)
    static let subjectPronoun = WordClasses(.subjectPronoun)
    static let objectPronoun = WordClasses(.objectPronoun)
    static let possessivePronoun = WordClasses(.possessivePronoun)
    static let indexHead = WordClasses(.indexHead)
    static let currency = WordClasses(.currency)
    static let pairedPeople = WordClasses(.pairedPeople)
    static let functionWord = WordClasses(.functionWord)
    static let grammarWord = WordClasses(.grammarWord)
    static let companyNoun = WordClasses(.companyNoun)
    static let perfectAuxiliary = WordClasses(.perfectAuxiliary)
    static let pastPerfectAuxiliary = WordClasses(.pastPerfectAuxiliary)
    static let passiveBe = WordClasses(.passiveBe)
    static let nonFiniteCue = WordClasses(.nonFiniteCue)
    static let auxiliaryAdverb = WordClasses(.auxiliaryAdverb)
    static let happeningNoun = WordClasses(.happeningNoun)
    static let circumstanceOpener = WordClasses(.circumstanceOpener)
    static let personTitle = WordClasses(.personTitle)
    static let titleWord = WordClasses(.titleWord)
    static let givenName = WordClasses(.givenName)
    static let compassWord = WordClasses(.compassWord)
    static let nameParticle = WordClasses(.nameParticle)
    static let arabicArticle = WordClasses(.arabicArticle)
    static let placeAcronym = WordClasses(.placeAcronym)
    static let commonAcronym = WordClasses(.commonAcronym)
    static let numberedThing = WordClasses(.numberedThing)
    static let operatedService = WordClasses(.operatedService)
    static let aviationWord = WordClasses(.aviationWord)
    static let airportWord = WordClasses(.airportWord)
    static let routeWord = WordClasses(.routeWord)
    static let stormWord = WordClasses(.stormWord)
    static let stormGrade = WordClasses(.stormGrade)
    static let determiner = WordClasses(.determiner)
    static let objectOpener = WordClasses(.objectOpener)
    static let clockEnd = WordClasses(.clockEnd)
    static let speechLeadIn = WordClasses(.speechLeadIn)
    static let pairedParticle = WordClasses(.pairedParticle)
    static let nounFollower = WordClasses(.nounFollower)
    static let demonym = WordClasses(.demonym)
    static let countryAcronym = WordClasses(.countryAcronym)
    static let regionCountry = WordClasses(.regionCountry)
    static let regionAbbreviation = WordClasses(.regionAbbreviation)
    static let postalRegion = WordClasses(.postalRegion)
    static let emptyItVerb = WordClasses(.emptyItVerb)
    static let generationMark = WordClasses(.generationMark)
    static let superlativeWord = WordClasses(.superlativeWord)
    static let postNominal = WordClasses(.postNominal)
    static let nickname = WordClasses(.nickname)
    static let productHead = WordClasses(.productHead)
    static let surnamePrefix = WordClasses(.surnamePrefix)
    static let occasionHead = WordClasses(.occasionHead)
    static let bodyOfHead = WordClasses(.bodyOfHead)
    static let memberBodyHead = WordClasses(.memberBodyHead)
    static let fieldHead = WordClasses(.fieldHead)
    static let wordPrefix = WordClasses(.wordPrefix)
    static let compoundTail = WordClasses(.compoundTail)
    static let landformWord = WordClasses(.landformWord)
    static let everydayNameTail = WordClasses(.everydayNameTail)
    static let companyDescriptor = WordClasses(.companyDescriptor)
    static let marketRole = WordClasses(.marketRole)
    static let makerNoun = WordClasses(.makerNoun)
    static let personMakerWord = WordClasses(.personMakerWord)
    static let vesselNoun = WordClasses(.vesselNoun)
    static let takenToNoun = WordClasses(.takenToNoun)
    static let medicineNoun = WordClasses(.medicineNoun)
    static let illnessNoun = WordClasses(.illnessNoun)
    static let letterLabel = WordClasses(.letterLabel)
    static let productNounModifier = WordClasses(.productNounModifier)
    static let vesselPrefix = WordClasses(.vesselPrefix)
    static let lifeNoun = WordClasses(.lifeNoun)
    static let partyAdjective = WordClasses(.partyAdjective)
    static let carrierWord = WordClasses(.carrierWord)
    static let bodyAfterName = WordClasses(.bodyAfterName)
    static let constituencyRole = WordClasses(.constituencyRole)
    static let marketWord = WordClasses(.marketWord)
    static let romanceArticle = WordClasses(.romanceArticle)
    static let operatorRole = WordClasses(.operatorRole)
    static let bodyAdjective = WordClasses(.bodyAdjective)
    static let sourceCue = WordClasses(.sourceCue)
    static let marketMoveFiller = WordClasses(.marketMoveFiller)
    static let shareHedge = WordClasses(.shareHedge)
    static let aliasCue = WordClasses(.aliasCue)
    static let aliasAdverb = WordClasses(.aliasAdverb)

    /// A company's legal form, short or spelled out ("Corp", "Incorporated").
    static let legalForm: WordClasses = [.companySuffix, .spelledLegalForm]

    /// Months, weekdays, holidays and seasons: capitalised words that name no actor.
    static let calendar: WordClasses = [.month, .weekday, .calendarName]

    /// Every verb of saying: what makes the one before it a speaker.
    static let speaking: WordClasses = [.reportingVerb, .speechVerb]

    /// Words capitalised only by their place: at a sentence start they open no name.
    static let notANameStart: WordClasses = [.stopWord, .groupNoun]

    /// Every word of a title before a name ("Acting Foreign Minister").
    static let title: WordClasses = [.personTitle, .titleWord]

    /// Abbreviations whose dot goes on inside a name ("Lt. Gen. Ana Ruiz", "St. Louis").
    static let inNameAbbreviation: WordClasses = [.titleAbbreviation, .nameAbbreviation]

    /// Last words that say what a capitalised phrase names.
    static let head: WordClasses = [.placeHead, .organizationHead, .occasionHead]
}
