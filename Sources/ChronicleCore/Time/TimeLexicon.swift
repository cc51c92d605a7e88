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
enum Holiday: Int16, Sendable, NamedInLexicon {
    case christmas = 1, easter, thanksgiving, halloween
}

/// Units of duration and of calendar arithmetic, finest first.
enum TimeUnit: Int16, Sendable, NamedInLexicon {
    case second = 1, minute, hour, day, week, weekend, month, quarter, year, decade, century, fortnight
}

enum Season: Int16, Sendable, NamedInLexicon {
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

enum DayPart: Int16, Sendable, NamedInLexicon {
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
enum Keyword: Int16, Sendable, NamedInLexicon {
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
         new, eve, orthodox, local, gameWord, numberLabel, streetWord, modal, headed, away
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
            .numberLabel, .streetWord, .modal, .headed,
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

/// How the time tagger hashes a word it reads, in any case, to find it in the `Lexicon`'s
/// one table. Its words and what they mean to it (numbers, units, seasons, parts of the
/// day, holidays, the keywords of its grammar, months, weekdays and time zones) are
/// classes of `lexicon.yaml` (see `TimeReading`).
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
}
