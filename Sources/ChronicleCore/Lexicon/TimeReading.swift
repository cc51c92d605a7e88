/// What a word of the time classes of `lexicon.yaml` means to the time tagger, read from
/// the name the file groups it under ("recently: [recently, lately]", "12: [twelve, dozen]").
enum TimeReading {
    static func isTimeClass(_ cls: WordClass) -> Bool {
        switch cls {
        case .timeCardinal, .timeOrdinal, .timeUnit, .season, .dayPart, .holiday, .timeKeyword: return true
        default: return false
        }
    }

    /// The reading of a word listed under `name` in `cls`; nil for a name the tagger has no
    /// meaning for.
    static func lexeme(_ cls: WordClass, name: String) -> Lexeme? {
        switch cls {
        case .timeCardinal: return Int16(name).map { Lexeme(cls: .cardinal, v: $0) }
        case .timeOrdinal: return Int16(name).map { Lexeme(cls: .ordinal, v: $0) }
        case .timeUnit: return TimeUnit.named[name].map { Lexeme(cls: .unit, v: $0.rawValue) }
        case .season: return Season.named[name].map { Lexeme(cls: .season, v: $0.rawValue) }
        case .dayPart: return DayPart.named[name].map { Lexeme(cls: .dayPart, v: $0.rawValue) }
        case .holiday: return Holiday.named[name].map { Lexeme(cls: .holiday, v: $0.rawValue) }
        case .timeKeyword: return Keyword.named[name].map { Lexeme(cls: .keyword, v: $0.rawValue) }
        default: return nil
        }
    }
}

/// Cases by the name `lexicon.yaml` writes them with: the case's own, without the
/// underscore that keeps "for", "in" and "as" apart from Swift's words.
protocol NamedInLexicon: CaseIterable {}

extension NamedInLexicon {
    static var lexiconNames: [String: Self] {
        var names: [String: Self] = [:]
        for c in allCases {
            var name = String(describing: c)
            if name.hasSuffix("_") { name.removeLast() }
            names[name] = c
        }
        return names
    }
}

extension TimeUnit { static let named = lexiconNames }
extension Season { static let named = lexiconNames }
extension DayPart { static let named = lexiconNames }
extension Holiday { static let named = lexiconNames }
extension Keyword { static let named = lexiconNames }
