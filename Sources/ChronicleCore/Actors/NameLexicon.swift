/// Closed word classes that decide what a capitalised word is: general English, no
/// article-specific names (those belong in the gazetteer). All keys lower case, so a
/// scanned `Word` is asked about by its lower-case hash.
enum NameLexicon {
    /// Titles and roles that precede a person's name ("President X", "spokesman X").
    static let titles = LowerWordSet([
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary",
        "secretary-general", "general", "gen", "lt", "lieutenant", "col", "colonel", "major",
        "maj", "captain", "capt", "sgt", "sergeant", "admiral", "adm", "commander", "marshal",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor",
        "gov", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "adviser", "advisor", "aide", "chief", "director", "head", "chairman", "chairwoman",
        "chair", "ceo", "king", "queen", "prince", "princess", "pope", "sheikh", "emir",
        "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady",
        "judge", "justice", "attorney", "prosecutor", "patriarch", "archbishop", "bishop",
        "speaker", "leader", "correspondent", "reporter", "columnist", "editor", "analyst",
        "commentator", "oligarch", "businessman", "tycoon", "deputy", "acting", "former",
        "foreign", "defense", "defence", "interior", "finance", "economy", "energy", "health",
        "justice", "regional", "senior", "special", "top", "state", "presidential", "chief",
        "intelligence", "army", "military", "national", "security", "son-in-law", "daughter",
        "wife", "husband", "son", "brother", "sister", "father", "mother", "general-major",
        "coach", "official", "officer", "negotiator", "delegate", "representative",
        "secretary-general", "first", "lady", "heir", "crown", "founder", "owner",
    ] + roleTitles)

    /// Roles written before a name, capitalised ("Police Commissioner James O'Neill") or not
    /// ("midfielder Declan Rice"): each makes the name after it a person.
    static let roleTitles: [String] = [
        "commissioner", "inspector", "superintendent", "sheriff", "detective", "constable",
        "trooper", "coordinator", "counsel", "treasurer", "comptroller", "auditor", "magistrate",
        "councilman", "councilwoman", "councillor", "councilor", "assemblyman", "assemblywoman",
        "lawmaker", "legislator", "midfielder", "striker", "goalkeeper", "defender", "winger",
        "quarterback", "pitcher", "photographer", "journalist", "lawyer", "economist",
        "historian", "activist", "executive", "cfo", "coo", "cto", "manager", "investigator",
        "representative", "justice", "coroner", "commissioner",
    ]

    /// Title words that on their own make the following name a person.
    static let personTitles = LowerWordSet([
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general",
        "general", "gen", "lt", "lieutenant", "col", "colonel", "major", "maj", "captain", "capt",
        "sgt", "sergeant", "admiral", "adm", "commander", "marshal", "senator", "sen", "rep",
        "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "chief",
        "director", "chairman", "chairwoman", "ceo", "king", "queen", "prince", "princess",
        "pope", "sheikh", "emir", "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir",
        "dame", "judge", "attorney", "prosecutor", "patriarch", "archbishop", "bishop",
        "speaker", "leader", "correspondent", "reporter", "columnist", "editor", "analyst",
        "oligarch", "businessman", "tycoon", "son-in-law", "negotiator", "official", "officer",
    ] + roleTitles)

    /// Words that label a number ("Section 373", "Flight 302"): never a maker of a model.
    static let numberedLabels: LowerWordSet = [
        "section", "article", "resolution", "flight", "route", "highway", "interstate", "room",
        "chapter", "title", "rule", "paragraph", "clause", "bill", "proposition", "amendment",
        "gate", "terminal", "platform", "level", "stage", "phase", "part", "volume", "issue",
        "number", "no", "page", "class", "grade", "unit", "apartment", "suite", "building", "block",
        "lot", "ward", "precinct", "channel", "episode", "season", "round", "game", "week", "day",
        "year", "model", "version", "series", "type", "category", "code", "box", "exit", "mile",
        "pier", "hangar", "lane", "line", "bus", "train", "order", "decree", "law", "act",
        "regulation", "directive", "case", "docket", "form", "schedule", "item", "table", "figure",
        "district", "zone", "sector", "area", "region", "hill", "height", "point", "camp", "base",
    ]

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

    /// The Arabic article as it is joined to a name: "al-Sisi", "el-Sheikh", and assimilated
    /// before some consonants, "ash-Shara", "ad-Din", "as-Sadr" (the word scanner reads the
    /// same forms from bytes).
    static let arabicArticles: LowerWordSet = ["al", "el", "ad", "ar", "as", "at", "az", "an", "ash"]

    /// Words between capitalised words that may sit inside an organization or place name.
    static let nameConnectors: LowerWordSet = ["of", "for", "on", "de", "du", "des", "la", "le",
                                              "von", "van", "der", "den", "ter", "al", "bin",
                                              "bint", "ibn", "el", "da", "do", "dos", "das",
                                              "di", "del", "della"]

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

    /// Common given names across languages: a capitalised pair starting with one is a person
    /// even without a title. Transliteration variants are covered by `NameVariants`.
    static let givenNames: LowerWordSet = [
        "alexander", "alexei", "alexey", "andrei", "andrey", "andriy", "anna", "anton", "boris",
        "dmitry", "dmitri", "dmytro", "evgeny", "yevgeny", "igor", "ihor", "ivan", "kirill",
        "konstantin", "maria", "mikhail", "mykhailo", "nikolai", "mykola", "oleg", "oleh",
        "oleksandr", "oleksii", "olena", "olga", "pavel", "petro", "pyotr", "roman", "ruslan",
        "sergei", "sergey", "serhiy", "svetlana", "tatiana", "valery", "valerii", "vasily",
        "viktor", "victor", "vitali", "vitaly", "vladimir", "volodymyr", "vladislav",
        "vladyslav", "yulia", "yuri", "yury", "yuriy", "denys", "denis", "maxim", "maksym",
        "timur", "david", "donald", "joe", "joseph", "john", "james", "robert",
        "michael", "william", "richard", "thomas", "charles", "christopher", "daniel", "matthew",
        "anthony", "mark", "paul", "steven", "steve", "andrew", "kenneth", "george", "edward",
        "brian", "ronald", "kevin", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas",
        "eric", "stephen", "jonathan", "larry", "justin", "scott", "frank", "brandon", "benjamin",
        "samuel", "gregory", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "henry",
        "jared", "marco", "ted", "mike", "mitch", "chuck", "nancy", "hillary", "kamala", "jd",
        "elon", "pete", "lloyd", "antony", "jake", "karoline", "marjorie", "lindsey", "rand",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
        "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
        "laura", "sharon", "cynthia", "kathleen", "amy", "angela", "helen", "emma", "olivia",
        "melania", "ivanka", "emmanuel", "francois", "françois", "jean", "marine", "pierre",
        "olaf", "friedrich", "angela", "annalena", "ursula", "kaja", "keir", "rishi", "boris",
        "giorgia", "mario", "matteo", "pedro", "viktor", "robert", "andrzej", "donald",
        "mateusz", "radoslaw", "radosław", "karol", "jens", "mark", "magdalena", "sanna",
        "alexander", "kaja", "gitanas", "edgars", "recep", "benjamin",
        "xi", "narendra", "kim", "shinzo", "fumio", "justin", "mette", "ulf", "alar", "petr",
        "jaroslav", "peter", "petr", "vitali", "wladimir", "oksana", "iryna", "yevgeniy",
        "amanda", "keith", "margaret", "tony", "gordon",
        "theresa", "liz", "nigel", "dominic", "jeremy", "ben", "mohammed", "muhammad", "ahmed",
        "ali", "hassan", "abdullah", "omar", "yusuf", "ismail", "ibrahim", "ramzan", "yevgeny",
        "valentina", "sergiy", "arseniy", "petro", "leonid", "dmitriy", "grigory", "ilya",
    ]

    /// Compass words that make a following name a region ("East Germany", "South Ossetia").
    static let compass: LowerWordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "upper", "lower", "greater", "middle", "far",
    ]

    /// Acronyms of common nouns: figures, roles, products, page furniture. Not actors.
    static let commonAcronyms: Set<String> = [
        "EPS", "GDP", "CPI", "IPO", "ETF", "ETFs", "EV", "EVs", "AI", "ESG", "CEO", "CFO",
        "COO", "CTO", "VP", "SVP", "MVP", "DNA", "HIV", "AIDS", "COVID", "PDF", "FAQ", "TV",
        "SUV", "SUVs", "ATV", "ID", "IQ", "PR", "HR", "VIP", "UFO", "DIY", "FYI", "ASAP", "OK",
        "DESC", "ASC", "AD", "BC", "PS", "RIP", "LOL", "QA", "Q&A", "YoY", "QoQ", "ROI", "KPI",
        "P.S.", "A.D.", "B.C.", "GPS", "ATM", "PIN", "SMS", "URL", "USB", "LED", "LCD",
        "IVF", "ICU", "ER", "PTSD", "ADHD", "MRI", "RPG", "IED", "IEDs", "MP",
        "MPs", "MEP", "MEPs", "PhD", "MBA", "LLM", "GPU", "CPU", "API", "APIs", "SaaS",
    ]

    /// Country acronyms: places, not organizations.
    static let placeAcronyms: Set<String> = ["US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE",
                                             "DC", "D.C.", "USSR", "DPRK", "PRC", "ROK",
                                             "N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.M.",
                                             "N.D.", "S.D.", "R.I."]

    /// The same in lower case, asked about a word in capitals by its hash.
    static let placeAcronymWords = LowerWordSet(placeAcronyms.map { $0.lowercased() })
}
