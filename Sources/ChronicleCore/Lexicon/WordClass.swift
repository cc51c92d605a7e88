/// A named class of words the rules apply and `lexicon.yaml` fills. The raw value is the
/// class's key in the file.
public enum WordClass: String, CaseIterable, Sendable {
    case month
    case weekday
    case calendarName
    case timeZone
    case shortTimeZone
    case reportingVerb
    case speechVerb
    case claimFiller
    case speechBlocker
    case spokesRole
    case spokesLinker
    case article
    case uniformedBody
    case objectSpeechVerb
    case afterSpeechWord
    case nounLikeSpeechVerb
    case speakerAside
    case lyNoun
    case mediumPreposition
    case bodyNameLinker
    case titleAbbreviation
    case nameAbbreviation
    case placeNamePreposition
    case particleInVerb
    case placeVerb
    case happeningHead
    case clubWord
    case organizationNoun
    case organizationModifier
    case phraseAdjective
    case placeOpener
    case legislature
    case corporateTitle
    case companyAsset
    case companySuffix
    case companyNameTail
    case capitalizedAbbreviation
    case lowercaseAbbreviation
    case numberAbbreviation
    case neverFinalAbbreviation
    case sentenceOpener
    case stampWord
    case stopWord
    case groupNoun
    case placeHead
    case areaHead
    case areaHeadPlural
    case organizationHead
    case numberLabel
    case streetWord
    case militaryCue
    case talksCue
    case planCue
    case politicsCue
    case statementCue
    case crimeCue
    case civilCue
    case armyCue
    case legalCue
    case pastVerb
    case ambiguousPast
    case pastParticiple
    case notPastVerb
    case opinionCue
    case habitCue
    case intentCue
    case conditionalOpener
    case clauseOpener
    case locativePreposition
    case pageSection
    case readerAction
    case readerAddress
    case furniturePhrase
    case furnitureLinePhrase
    case furnitureLeadPhrase
    case deicticWord
    case clockWord
    case clauseConjunction
    case contrastConjunction
    case wordingFiller
    case relativePronoun
    case personRelative
    case subjectOpener
    case dateJoiner
    case listJoiner
    case companyRole
    case institutionRole
    case personRole
    case leaderRole
    case stateAgent
    case pairNoun
    case preposition
    case actingAfterIt
    case malePronoun
    case femalePronoun
    case thingPronoun
    case groupPronoun
    case objectPronoun
    case possessivePronoun
    case indexHead
    case currency
    case pairedPeople
    case functionWord
    case companyNoun
    case perfectAuxiliary
    case pastPerfectAuxiliary
    case passiveBe
    case nonFiniteCue
    case auxiliaryAdverb
    case happeningNoun
    case circumstanceOpener
    case personTitle
    case titleWord
    case givenName
    case compassWord
    case nameParticle
    case arabicArticle
    case placeAcronym
    case commonAcronym
    case numberedThing

    /// A ranked class lists its words a line per value (January first, Monday first): the
    /// line's position is what the word means, its first word is the full name and the
    /// others are short forms.
    var isRanked: Bool { self == .month || self == .weekday }

    /// The bit of this class in a `WordClasses` set: the position of the case, so a new
    /// class needs no number of its own.
    var bit: WordClasses.RawValue {
        let position = Self.allCases.firstIndex(of: self)!
        // A shift past the width would give 0 and silently drop the class from every set.
        precondition(position < WordClasses.RawValue.bitWidth, "more word classes than WordClasses holds")
        return 1 << WordClasses.RawValue(position)
    }
}

/// The classes one word belongs to, as one 128-bit integer: asking about several classes
/// at once is one test, with room for twice the classes one machine word would hold.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt128
    public init(rawValue: UInt128) { self.rawValue = rawValue }

    init(_ cls: WordClass) { rawValue = cls.bit }

    static let none = WordClasses([])
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
    static let placeVerb = WordClasses(.placeVerb)
    static let happeningHead = WordClasses(.happeningHead)
    static let clubWord = WordClasses(.clubWord)
    static let organizationNoun = WordClasses(.organizationNoun)
    static let organizationModifier = WordClasses(.organizationModifier)
    static let phraseAdjective = WordClasses(.phraseAdjective)
    static let placeOpener = WordClasses(.placeOpener)
    static let legislature = WordClasses(.legislature)
    static let corporateTitle = WordClasses(.corporateTitle)
    static let companyAsset = WordClasses(.companyAsset)
    static let companySuffix = WordClasses(.companySuffix)
    static let companyNameTail = WordClasses(.companyNameTail)
    static let capitalizedAbbreviation = WordClasses(.capitalizedAbbreviation)
    static let lowercaseAbbreviation = WordClasses(.lowercaseAbbreviation)
    static let numberAbbreviation = WordClasses(.numberAbbreviation)
    static let neverFinalAbbreviation = WordClasses(.neverFinalAbbreviation)
    static let sentenceOpener = WordClasses(.sentenceOpener)
    static let stampWord = WordClasses(.stampWord)
    static let stopWord = WordClasses(.stopWord)
    static let groupNoun = WordClasses(.groupNoun)
    static let placeHead = WordClasses(.placeHead)
    static let areaHead = WordClasses(.areaHead)
    static let areaHeadPlural = WordClasses(.areaHeadPlural)
    static let organizationHead = WordClasses(.organizationHead)
    static let militaryCue = WordClasses(.militaryCue)
    static let talksCue = WordClasses(.talksCue)
    static let planCue = WordClasses(.planCue)
    static let politicsCue = WordClasses(.politicsCue)
    static let statementCue = WordClasses(.statementCue)
    static let crimeCue = WordClasses(.crimeCue)
    static let civilCue = WordClasses(.civilCue)
    static let armyCue = WordClasses(.armyCue)
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
    static let objectPronoun = WordClasses(.objectPronoun)
    static let possessivePronoun = WordClasses(.possessivePronoun)
    static let indexHead = WordClasses(.indexHead)
    static let currency = WordClasses(.currency)
    static let pairedPeople = WordClasses(.pairedPeople)
    static let functionWord = WordClasses(.functionWord)
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

    /// Months, weekdays, holidays and seasons: capitalised words that name no actor.
    static let calendar: WordClasses = [.month, .weekday, .calendarName]

    /// Every verb of saying: what makes the one before it a speaker.
    static let speaking: WordClasses = [.reportingVerb, .speechVerb]

    /// Words capitalised only by their place: at a sentence start they open no name.
    static let notANameStart: WordClasses = [.stopWord, .groupNoun]

    /// Every word of a title before a name ("Acting Foreign Minister").
    static let title: WordClasses = [.personTitle, .titleWord]

    /// Last words that say what a capitalised phrase names.
    static let head: WordClasses = [.placeHead, .organizationHead]
}
