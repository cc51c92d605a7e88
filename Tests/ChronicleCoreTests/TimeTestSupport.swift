@testable import ChronicleCore

/// Tags a sentence and finds expressions by their text, for the time tagger's tests.
struct Tagged {
    let expressions: [TimeExpression]

    init(_ text: String, dct: String?) {
        expressions = TimeTagger().tag(Array(text.utf8), dct: dct.flatMap { CalendarDate(iso: $0) })
    }

    /// The expression whose text is exactly `text`.
    subscript(_ text: String) -> TimeExpression? {
        expressions.first { $0.text == text }
    }

    func value(_ text: String) -> String? { self[text]?.value }
    var texts: [String] { expressions.map(\.text) }
}
