/// A named class of words the rules apply and `lexicon.yaml` fills. The case's name is the
/// class's key in the file; its raw value, the order of the cases, is its place in a
/// `WordClasses` set, a constant the compiler folds into every test of a class.
public enum WordClass: Int, CaseIterable, Sendable {
    // The time tagger's words come first: their meaning to the tagger goes before that of
    // any other class ("at" is a preposition though it names a zone).
    case timeCardinal
    case timeOrdinal
    case timeUnit
    case season
    case dayPart
    case holiday
    case timeKeyword
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
    case aboutInWord
    case placeVerb
    case happeningHead
    case clubWord
    case organizationNoun
    case organizationModifier
    case phraseAdjective
    case placeOpener
    case legislature
    case productNoun
    case makingVerb
    case productMaker
    case indefiniteArticle
    case partyMember
    case corporateTitle
    case functionTitle
    case companyAsset
    case companySuffix
    case stockExchange
    case marketMoveVerb
    case marketMoveAdverb
    case marketMoveCopula
    case percentWord
    case marketQuantity
    case companyNameTail
    case tradeNameTail
    case companyNameInnerTail
    case spelledLegalForm
    case capitalizedAbbreviation
    case lowercaseAbbreviation
    case numberAbbreviation
    case neverFinalAbbreviation
    case sentenceOpener
    case stampWord
    case stopWord
    case groupNoun
    case tradeMembers
    case placeHead
    case areaHead
    case areaHeadPlural
    case placeNoun
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
    case singularHappening
    case figurativeMilitaryCue
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
    case timeBound
    case comparisonWord
    case absoluteOpener
    case dealNoun
    case acronymJoiner
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
    case firstPersonPronoun
    case subjectPronoun
    case femaleGivenName
    case maleGivenName
    case femaleTitle
    case maleTitle
    case objectPronoun
    case possessivePronoun
    case indexHead
    case currency
    case pairedPeople
    case functionWord
    case grammarWord
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
    case operatedService
    case aviationWord
    case airportWord
    case routeWord
    case stormWord
    case stormGrade
    case determiner
    case objectOpener
    case clockEnd
    case speechLeadIn
    case pairedParticle
    case nounFollower
    case adjectiveEnding
    case verbOrAdverbEnding
    case demonym
    case countryAcronym
    case regionCountry
    case regionAbbreviation
    case postalRegion
    case institutionPhrase
    case emptyItVerb
    case bylineLabel
    case updateLabel
    case notPublicationCue
    case generationMark
    case superlativeWord
    case postNominal
    case nickname
    case sibilantPluralEnding
    case linkPrefix
    case copyrightMark
    case productHead
    case surnamePrefix
    case occasionHead
    case bodyOfHead
    case memberBodyHead
    case fieldHead
    case wordPrefix
    case compoundTail
    case landformWord
    case everydayNameTail
    case companyDescriptor
    case marketRole
    case makerNoun
    case personMakerWord
    case vesselNoun
    case takenToNoun
    case medicineNoun
    case illnessNoun
    case letterLabel
    case productNounModifier
    case vesselPrefix
    case lifeNoun
    case partyAdjective
    case placePeopleEnding
    case carrierWord
    case bodyAfterName
    case constituencyRole
    case marketWord
    case romanceArticle
    case operatorRole
    case bodyAdjective
    case agentPluralEnding
    case occupationEnding
    case sourceCue
    case marketMoveFiller
    case shareHedge
    case aliasCue
    case aliasAdverb

    /// A ranked class lists its words a line per value (January first, Monday first): the
    /// line's position is what the word means, its first word is the full name and the
    /// others are short forms.
    var isRanked: Bool { self == .month || self == .weekday }

    /// A table maps each of its words to a name ("russian: russia"): a line is the word
    /// and then its name, which may be empty; only the word is in the class.
    var isTable: Bool { Self.tables.contains(self) || isGrouped }

    private static let tables: Set<WordClass> = [.demonym, .countryAcronym, .regionCountry, .regionAbbreviation,
                                                  .postalRegion, .nickname]

    /// A grouped table is written the other way round, each name with its words
    /// ("recently: [recently, lately]"); read, its lines are a table's.
    var isGrouped: Bool { TimeReading.isTimeClass(self) }

    /// The class's key in `lexicon.yaml`.
    public var name: String { String(describing: self) }

    /// The class whose key in `lexicon.yaml` is `name`.
    public init?(name: String) {
        guard let cls = Self.byName[name] else { return nil }
        self = cls
    }

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
