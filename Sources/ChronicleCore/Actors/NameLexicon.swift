/// The word lists of the name rules that are more than a class of words: phrases, and
/// demonyms with the country each names. The plain classes (titles, given names, compass
/// words, particles, acronyms, numbered things) are the lexicon's. All keys lower case, so a scanned word is
/// asked about by its lower-case hash.
enum NameLexicon {
    /// Lower-case institution phrases that, after a possessive place ("Ukraine’s air force")
    /// or with an acronym ("the defense ministry (MoD)"), name an organization.
    static let institutionPhrases: [[String]] = [
        ["air", "force"], ["general", "staff"], ["defense", "ministry"], ["defence", "ministry"],
        ["foreign", "ministry"], ["interior", "ministry"], ["finance", "ministry"],
        ["health", "ministry"], ["justice", "ministry"], ["energy", "ministry"],
        ["emergencies", "ministry"], ["armed", "forces"], ["navy"], ["parliament"],
        ["security", "service"], ["intelligence", "service"], ["central", "bank"],
        ["supreme", "court"], ["constitutional", "court"], ["national", "guard"],
        ["border", "guard"], ["border", "service"], ["coast", "guard"], ["general", "prosecutor"],
        ["prosecutor", "general’s", "office"], ["security", "council"], ["state", "department"],
        ["defense", "department"], ["defence", "department"], ["foreign", "office"],
        ["war", "ministry"], ["military", "intelligence"], ["space", "agency"],
        ["investigative", "committee"], ["cabinet"], ["senate"], ["congress"],
    ]

    /// The first words of `institutionPhrases`: a phrase is only looked for after one.
    static let institutionPhraseStarts = LowerWordSet(institutionPhrases.compactMap(\.first))

    /// Country or place words used as adjectives; mapped to the country for organization
    /// keys ("Russian Ministry of Defense" = "Russia’s Ministry of Defense").
    static let demonyms: [String: String] = [
        "russian": "russia", "ukrainian": "ukraine", "american": "united states",
        "british": "united kingdom", "english": "england", "french": "france",
        "german": "germany", "polish": "poland", "italian": "italy", "spanish": "spain",
        "chinese": "china", "japanese": "japan", "korean": "korea", "north": "", "south": "",
        "indian": "india", "iranian": "iran", "iraqi": "iraq", "israeli": "israel",
        "palestinian": "palestine", "syrian": "syria", "turkish": "turkey", "greek": "greece",
        "hungarian": "hungary", "slovak": "slovakia", "slovakian": "slovakia", "czech": "czechia",
        "romanian": "romania", "bulgarian": "bulgaria", "serbian": "serbia", "croatian": "croatia",
        "belarusian": "belarus", "belarussian": "belarus", "moldovan": "moldova",
        "georgian": "georgia", "armenian": "armenia", "azerbaijani": "azerbaijan",
        "kazakh": "kazakhstan", "uzbek": "uzbekistan", "estonian": "estonia",
        "latvian": "latvia", "lithuanian": "lithuania", "finnish": "finland",
        "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "dutch": "netherlands",
        "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
        "portuguese": "portugal", "irish": "ireland", "scottish": "scotland", "welsh": "wales",
        "canadian": "canada", "mexican": "mexico", "brazilian": "brazil",
        "argentine": "argentina", "australian": "australia", "egyptian": "egypt",
        "saudi": "saudi arabia", "emirati": "united arab emirates", "qatari": "qatar",
        "pakistani": "pakistan", "afghan": "afghanistan", "vietnamese": "vietnam",
        "soviet": "soviet union", "european": "europe", "western": "", "eastern": "",
        "nordic": "", "baltic": "", "chechen": "chechnya", "crimean": "crimea",
        "kyrgyz": "kyrgyzstan", "tajik": "tajikistan", "turkmen": "turkmenistan",
        "african": "africa", "asian": "asia", "arab": "", "nigerian": "nigeria",
        "kenyan": "kenya", "ethiopian": "ethiopia", "sudanese": "sudan", "libyan": "libya",
        "lebanese": "lebanon", "jordanian": "jordan", "yemeni": "yemen", "venezuelan": "venezuela",
        "colombian": "colombia", "cuban": "cuba", "chilean": "chile", "peruvian": "peru",
        "thai": "thailand", "indonesian": "indonesia", "filipino": "philippines",
        "taiwanese": "taiwan", "mongolian": "mongolia", "slovenian": "slovenia",
        "montenegrin": "montenegro", "albanian": "albania", "macedonian": "north macedonia",
        "bosnian": "bosnia", "icelandic": "iceland", "luxembourgish": "luxembourg",
        "trumpist": "", "kremlin-backed": "", "pro-kremlin": "", "us-led": "",
        "protestant": "", "catholic": "", "muslim": "", "jewish": "",
        "sunni": "", "shiite": "", "shia": "", "hindu": "", "buddhist": "", "orthodox": "",
    ]

    /// The places the demonyms name ("russia", "ukraine"): owners of institutions.
    static let demonymPlaces = LowerWordSet(demonyms.values.filter { !$0.isEmpty })

    /// The demonyms themselves, for asking about a scanned word without hashing it again.
    static let demonymWords = LowerWordSet(demonyms.keys)

    /// A generation mark after a name ("Abdullah II", "Martin Luther King Jr."): part of
    /// the name, never a surname or a word of its own.
    static func isGenerationMark(_ word: Substring) -> Bool {
        if ["Jr", "Jr.", "Sr", "Sr."].contains(word) { return true }
        return !word.isEmpty && word.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }
}
