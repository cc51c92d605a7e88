/// The rules of the scanner's grammar that can start at a keyword. Each rule begins by
/// testing the word it starts at; a keyword outside its list makes it return nil at once,
/// so the scanner does not call it there. The lists follow those first tests: a rule that
/// learns to start at a new keyword must be added to the list here.
struct KeywordRules: OptionSet, Sendable {
    let rawValue: UInt16

    static let deictic = KeywordRules(rawValue: 1 << 0)
    static let theRelative = KeywordRules(rawValue: 1 << 1)
    static let quarterPhrase = KeywordRules(rawValue: 1 << 2)
    static let explicitDate = KeywordRules(rawValue: 1 << 3)
    static let amountPhrase = KeywordRules(rawValue: 1 << 4)
    static let spanDuration = KeywordRules(rawValue: 1 << 5)
    static let setPhrase = KeywordRules(rawValue: 1 << 6)
    static let fiscalYear = KeywordRules(rawValue: 1 << 7)
    static let quarterCode = KeywordRules(rawValue: 1 << 8)
    static let theYearNamed = KeywordRules(rawValue: 1 << 9)
    static let holiday = KeywordRules(rawValue: 1 << 10)

    /// By keyword raw value.
    static let table: [KeywordRules] = {
        let starts: [(KeywordRules, [Keyword])] = [
            (.deictic, [.today, .yesterday, .tomorrow, .now, .right, .currently, .presently, .these, .present,
                        .recently, .more, .recent, .as_, .soon, .future, .past, .a, .current, .then, .coming]),
            (.theRelative, [.the, .that, .this, .last, .next, .past, .previous, .coming, .following, .current, .latest]),
            // Determiners, then the words of its loop ("fiscal", "same", "latest", "prior") and "last half".
            (.quarterPhrase, [.the, .this, .that, .possessive, .a, .last, .next, .fiscal, .financial, .calendar,
                              .comparable, .corresponding, .same, .full, .latest, .current, .previous, .prior, .past]),
            (.explicitDate, [.the, .twenties, .thirties, .forties, .fifties, .sixties, .seventies, .eighties, .nineties]),
            // A hedge ("about", "some"), else the amount: "a", "an", "several", "few", "many".
            (.amountPhrase, [.nearly, .about, .around, .some, .over, .a, .an, .several, .few, .many]),
            (.spanDuration, [.the, .past, .last, .next, .coming, .previous, .following]),
            (.setPhrase, [.every, .each, .daily, .weekly, .monthly, .annually, .yearly, .quarterly, .hourly,
                          .nightly, .once, .twice]),
            (.fiscalYear, [.fiscal, .fy]),
            (.quarterCode, [.q]),
            (.theYearNamed, [.the]),
            (.holiday, [.the, .new, .orthodox]),
        ]
        var table = [KeywordRules](repeating: [], count: 512)
        for (rule, words) in starts {
            for w in words { table[Int(w.rawValue)].insert(rule) }
        }
        return table
    }()
}
