/// The words the time tagger knows, looked up by a hash of their lowercased bytes.
///
/// Every other word of a text misses the table in one hash and one probe, which is what
/// keeps tagging at tens of megabytes per second.
enum LexClass: UInt8, Sendable {
    case none
    /// `v` = 1...12.
    case month
    /// `v` = ISO weekday 1 (Monday) ... 7 (Sunday).
    case weekday
    /// "one" ... "nineteen", "twenty" ... "ninety", "hundred", "thousand": `v` = value.
    case cardinal
    /// "first" ... "thirty-first" pieces: `v` = value.
    case ordinal
    /// `v` = a `TimeUnit` raw value; plural forms too.
    case unit
    /// `v` = a `Season` raw value.
    case season
    /// `v` = a `DayPart` raw value.
    case dayPart
    /// `v` = a `Keyword` raw value.
    case keyword
    /// `v` = a `Holiday` raw value.
    case holiday
}

/// Holidays whose date a rule can compute.
enum Holiday: Int16, Sendable {
    case christmas = 1, easter, thanksgiving, halloween
}

/// Units of duration and of calendar arithmetic, finest first.
enum TimeUnit: Int16, Sendable {
    case second = 1, minute, hour, day, week, weekend, month, quarter, year, decade, century, fortnight
}

enum Season: Int16, Sendable {
    case spring = 1, summer, fall, winter

    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall: return "FA"
        case .winter: return "WI"
        }
    }
}

enum DayPart: Int16, Sendable {
    case morning = 1, afternoon, evening, night, noon, midnight, overnight, tonight

    /// TIMEX3 part-of-day suffix, or nil for the clock points noon and midnight.
    var code: String? {
        switch self {
        case .morning: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night, .overnight, .tonight: return "NI"
        case .noon, .midnight: return nil
        }
    }
}

/// Function words and deictic words that take part in time expressions.
enum Keyword: Int16, Sendable {
    case the = 1, a, an, this, that, these, last, next, past, previous, following, coming, current,
         currently, recent, recently, now, today, yesterday, tomorrow, ago, earlier, later, early,
         late, mid, end, beginning, start, middle, of, around, about, fiscal, latest, prior,
         before, after, since, over, during, for_, every, each, per, daily, weekly, monthly,
         annually, yearly, hourly, nightly, quarterly, twice, times, soon, future, previously,
         once, upcoming, half, several, few, many, some, couple, more, less, other, than, nearly, by,
         in_, on, at, until, through, from, to, and, present, presently, right, full, comparable,
         corresponding, same, near, short, term, long, time, period, am, pm, zone, will, would,
         futureCue, pastCue, then, date, twenties, thirties, forties, fifties,
         sixties, seventies, eighties, nineties, calendar, financial, ending, possessive, set, ll,
         as_, afterwards, q, fy, plan, been, beVerb, or, so, into, not, hedge, changeVerb, overnightNoun,
         new, eve, orthodox, local, gameWord, numberLabel, streetWord, modal
}

extension Keyword {
    /// Keywords that never begin a time expression ("of", "said", "will"): the scanner
    /// does not try its rules there. They still serve as context (tense, prepositions).
    static let neverStarts: [Bool] = {
        let words: [Keyword] = [
            .of, .in_, .on, .at, .by, .until, .through, .from, .to, .and, .will, .would,
            .futureCue, .pastCue, .beVerb, .been, .plan, .since, .before, .after, .during, .for_,
            .per, .less, .than, .ago, .times, .half, .other, .same, .near, .short, .long, .term, .time,
            .period, .am, .pm, .zone, .ll, .set, .ending, .calendar, .financial, .comparable,
            .corresponding, .date, .afterwards, .upcoming, .prior, .start, .middle,
            .beginning, .or, .so, .into, .not, .hedge, .changeVerb, .overnightNoun, .local, .gameWord,
            .numberLabel, .streetWord, .modal,
        ]
        var table = [Bool](repeating: false, count: 512)
        for w in words { table[Int(w.rawValue)] = true }
        return table
    }()
}

struct Lexeme: Sendable {
    var cls: LexClass
    var v: Int16
}

/// The tagger's own words, read with their values: numbers, units, seasons, parts of the
/// day, holidays and the keywords of its grammar. Months, weekdays and time zones are
/// word classes of the `Lexicon`, which compiles both into one table.
enum TimeLexicon {
    /// `WordHash` of a word read in any case: an ASCII letter's case is its 0x20 bit.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = WordHash.seed
        var i = start
        while i < end {
            h = hashAdding(h, bytes[i])
            i += 1
        }
        return h
    }

    /// The step of `hash`, for a reader that hashes a word while it finds its end.
    @inline(__always) static func hashAdding(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        WordHash.adding(h, byte | 0x20)
    }

    static let entries: [UInt64: Lexeme] = {
        var t: [UInt64: Lexeme] = [:]
        func add(_ words: [String], _ cls: LexClass, _ v: Int16) {
            for w in words { t[WordHash.of(w)] = Lexeme(cls: cls, v: v) }
        }
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                         "eighteen", "nineteen"]
        for (i, w) in cardinals.enumerated() { add([w], .cardinal, Int16(i)) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { add([w], .cardinal, Int16((i + 2) * 10)) }
        add(["hundred"], .cardinal, 100)
        add(["thousand"], .cardinal, 1000)
        add(["dozen"], .cardinal, 12)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth"]
        for (i, w) in ordinals.enumerated() { add([w], .ordinal, Int16(i + 1)) }
        add(["twentieth"], .ordinal, 20)
        add(["thirtieth"], .ordinal, 30)
        add(["last"], .keyword, Keyword.last.rawValue)

        let units: [(TimeUnit, [String])] = [
            (.second, ["second", "seconds", "secs"]), (.minute, ["minute", "minutes", "mins"]),
            (.hour, ["hour", "hours", "hrs"]), (.day, ["day", "days"]), (.week, ["week", "weeks"]),
            (.weekend, ["weekend", "weekends"]), (.month, ["month", "months"]),
            (.quarter, ["quarter", "quarters"]), (.year, ["year", "years"]),
            (.decade, ["decade", "decades"]), (.century, ["century", "centuries"]),
            (.fortnight, ["fortnight", "fortnights"]),
        ]
        for (u, ws) in units { add(ws, .unit, u.rawValue) }
        // "second" is both a unit and an ordinal; the ordinal reading is the common one in dates.
        add(["second"], .ordinal, 2)
        add(["spring", "springtime"], .season, Season.spring.rawValue)
        add(["summer", "summertime"], .season, Season.summer.rawValue)
        add(["fall", "autumn"], .season, Season.fall.rawValue)
        add(["winter", "wintertime"], .season, Season.winter.rawValue)
        add(["morning", "mornings"], .dayPart, DayPart.morning.rawValue)
        add(["afternoon", "afternoons"], .dayPart, DayPart.afternoon.rawValue)
        add(["evening", "evenings"], .dayPart, DayPart.evening.rawValue)
        add(["night", "nights"], .dayPart, DayPart.night.rawValue)
        add(["noon", "midday"], .dayPart, DayPart.noon.rawValue)
        add(["midnight"], .dayPart, DayPart.midnight.rawValue)
        add(["overnight"], .dayPart, DayPart.overnight.rawValue)
        add(["tonight"], .dayPart, DayPart.tonight.rawValue)
        add(["christmas", "xmas"], .holiday, Holiday.christmas.rawValue)
        add(["easter"], .holiday, Holiday.easter.rawValue)
        add(["thanksgiving"], .holiday, Holiday.thanksgiving.rawValue)
        add(["halloween"], .holiday, Holiday.halloween.rawValue)

        let keywords: [(Keyword, [String])] = [
            (.the, ["the"]), (.a, ["a"]), (.an, ["an"]), (.this, ["this"]), (.that, ["that"]),
            (.these, ["these"]), (.next, ["next"]), (.past, ["past"]), (.previous, ["previous"]),
            (.following, ["following"]), (.coming, ["coming"]), (.current, ["current"]),
            (.currently, ["currently"]), (.recent, ["recent"]), (.recently, ["recently", "lately"]),
            (.now, ["now"]), (.today, ["today"]), (.yesterday, ["yesterday"]), (.tomorrow, ["tomorrow"]),
            (.ago, ["ago"]), (.earlier, ["earlier"]), (.later, ["later"]), (.early, ["early"]),
            (.late, ["late"]), (.mid, ["mid"]), (.end, ["end"]), (.beginning, ["beginning"]),
            (.start, ["start"]), (.middle, ["middle"]), (.of, ["of"]), (.around, ["around"]),
            (.about, ["about", "approximately", "roughly"]), (.fiscal, ["fiscal"]), (.latest, ["latest"]),
            (.prior, ["prior"]), (.before, ["before"]), (.after, ["after"]), (.since, ["since"]),
            (.over, ["over"]), (.during, ["during"]), (.for_, ["for"]),
            (.every, ["every"]), (.each, ["each"]), (.per, ["per"]), (.daily, ["daily"]),
            (.weekly, ["weekly"]), (.monthly, ["monthly"]), (.annually, ["annually", "annual"]),
            (.yearly, ["yearly"]), (.hourly, ["hourly"]), (.nightly, ["nightly"]),
            (.quarterly, ["quarterly"]), (.twice, ["twice"]), (.times, ["times"]), (.soon, ["soon"]),
            (.future, ["future"]), (.previously, ["previously", "formerly"]), (.once, ["once"]),
            (.upcoming, ["upcoming"]), (.half, ["half"]), (.several, ["several"]), (.few, ["few"]),
            (.many, ["many"]), (.some, ["some"]), (.couple, ["couple"]), (.more, ["more"]), (.less, ["less", "fewer"]),
            (.other, ["other"]), (.than, ["than"]), (.nearly, ["nearly", "almost", "just"]),
            (.by, ["by"]), (.in_, ["in"]), (.on, ["on"]), (.at, ["at"]), (.until, ["until", "till", "til"]),
            (.through, ["through", "thru"]), (.from, ["from"]), (.to, ["to"]), (.and, ["and"]),
            (.present, ["present"]), (.presently, ["presently"]), (.right, ["right"]),
            (.full, ["full", "entire", "whole"]), (.comparable, ["comparable"]),
            (.corresponding, ["corresponding"]), (.same, ["same"]), (.near, ["near"]),
            (.short, ["short"]), (.term, ["term"]), (.long, ["long"]), (.time, ["time"]),
            (.period, ["period", "periods"]), (.am, ["am"]), (.pm, ["pm"]),
            (.will, ["will", "shall"]), (.ll, ["ll"]), (.would, ["would"]),
            // Before a form that is both past and base ("could cut"), the base; "may" is a month word.
            (.modal, ["could", "can", "might", "must", "should"]),
            (.futureCue, ["expected", "expects", "expect", "scheduled", "planned", "intends", "intend", "due", "slated", "hopes", "aims",
                         "promised", "vowed", "wants", "going", "payable", "pending", "upcoming", "effective"]),
            // The past forms of "be", "have" and "do", "says" (a report), and "-ed" verbs common
            // after a subject with its article ("the company announced layoffs"), which the "-ed"
            // test takes for an adjective. Other past forms are the lexicon's `pastVerb` class
            // (`TimeToken.Flags.pastForm`).
            (.pastCue, ["says", "was", "were", "had", "did", "announced", "reported", "added",
                        "launched", "killed", "died", "ended", "closed", "signed", "agreed", "visited"]),
            (.beVerb, ["be", "is", "are", "being"]),
            (.then, ["then"]), (.date, ["date"]),
            (.nineties, ["nineties"]), (.eighties, ["eighties"]), (.seventies, ["seventies"]),
            (.sixties, ["sixties"]), (.fifties, ["fifties"]), (.forties, ["forties"]),
            (.thirties, ["thirties"]), (.twenties, ["twenties"]), (.calendar, ["calendar"]),
            (.financial, ["financial"]), (.ending, ["ending", "ended"]), (.possessive, ["its", "their", "his", "her", "our", "my", "your"]), (.plan, ["plan", "plans", "planning"]), (.been, ["been"]), (.q, ["q"]), (.as_, ["as"]), (.or, ["or"]), (.so, ["so"]), (.afterwards, ["afterwards", "afterward", "thereafter"]), (.fy, ["fy"]),
            (.into, ["into"]), (.new, ["new"]), (.eve, ["eve"]), (.orthodox, ["orthodox"]), (.local, ["local"]),
            // "t" is the tail of "don't", "won't", "can't" as the tokenizer splits them.
            (.not, ["not", "never", "cannot", "nothing", "t"]),
            (.hedge, ["virtually", "practically", "seemingly", "literally", "basically", "essentially",
                      "effectively", "suddenly"]),
            (.changeVerb, ["change", "changes", "happen", "happens", "disappear", "disappears", "vanish",
                           "transform", "transforms", "fix", "solve"]),
            // After "overnight" these name a kind of thing (an overnight rate, an overnight
            // success), not a night that something happened in.
            (.overnightNoun, ["success", "successes", "sensation", "star", "stardom", "celebrity", "fame",
                              "millionaire", "millionaires", "hit", "rate", "rates", "lending", "loan", "loans",
                              "repo", "repos", "funds", "deposit", "deposits", "index", "stay", "stays", "bag",
                              "bags", "oats", "shipping", "delivery", "camp", "camps", "guest", "guests",
                              "parking", "shift", "shifts", "train", "trains", "bus", "buses", "ferry"]),
            // A game's periods are no parts of a year: "trailed going into the fourth quarter".
            // Singular forms only: a plural after a number counts ("2000 games").
            // Words only sport uses: "game", "match" and "scored" are everyday business words
            // ("a game-changing fourth quarter"), and "scored" is a past tense the tense reads.
            (.gameWord, ["touchdown", "halftime", "quarterback", "inning", "kickoff", "scoreless",
                         "referee", "playoff", "goalkeeper", "keeper", "striker", "midfielder", "equaliser",
                         "equalizer", "pitch"]),
        ]
        for (k, ws) in keywords { add(ws, .keyword, k.rawValue) }
        // Words that are cues and also words of their own keep their own reading.
        add(["tomorrow"], .keyword, Keyword.tomorrow.rawValue)
        add(["upcoming"], .keyword, Keyword.upcoming.rawValue)
        add(["set"], .keyword, Keyword.set.rawValue)
        return t
    }()
}
