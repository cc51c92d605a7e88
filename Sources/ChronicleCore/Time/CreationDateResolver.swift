import Foundation

/// The outcome of looking for a document's creation date.
public struct CreationDateResolution: Sendable, Equatable {
    /// The date and how it was found; nil when nothing in the document anchors it.
    public var date: CreationDate?
    /// Why there is no date, or what was wrong on the way (a bad sidecar value).
    public var problem: String?

    public init(date: CreationDate?, problem: String?) {
        self.date = date
        self.problem = problem
    }
}

/// Finds a document's creation date (DCT): the sidecar's `published`, else a dated byline
/// near the top, else an inference from the dates and weekdays of the text. Never today's
/// date: a document with no anchor gets none, and says so.
public enum CreationDateResolver {
    /// `tokens`, when given, must be `TimeTokens(document.utf8, lexicon: tagger.lexicon)` (shared with the tagger).
    public static func resolve(_ document: Document, tagger: TimeTagger,
                               tokens: TimeTokens? = nil) -> CreationDateResolution {
        resolve(document, making: { UndatedTimeScan(tokens ?? TimeTokens(document.utf8, lexicon: tagger.lexicon)) })
    }

    /// The same, with the scan of the document's time tokens without a creation date, which
    /// the tagger takes up once the date is known (`TimeTagger.tag(_:dct:after:)`).
    public static func resolve(_ document: Document, scan: UndatedTimeScan) -> CreationDateResolution {
        resolve(document, making: { scan })
    }

    /// The scan is made only when the sidecar gives no date.
    private static func resolve(_ document: Document, making scan: () -> UndatedTimeScan) -> CreationDateResolution {
        var problem: String? = nil
        if let raw = document.metadata.published {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if let d = CalendarDate(iso: trimmed) {
                return CreationDateResolution(date: CreationDate(date: d, source: .metadata, evidence: "sidecar published: \(d.iso)"),
                                              problem: nil)
            }
            problem = "the sidecar's published value '\(DisplayText.sanitize(String(raw.prefix(40))))' is not a date of the form YYYY-MM-DD"
        }
        let analysis = DateMentions(document.utf8, scan: scan())
        if let byline = analysis.byline() {
            return CreationDateResolution(date: byline, problem: problem)
        }
        switch analysis.inferred() {
        case .success(let d):
            return CreationDateResolution(date: d, problem: problem)
        case .failure(let why):
            let reason = why.message
            return CreationDateResolution(date: nil, problem: problem.map { $0 + "; " + reason } ?? reason)
        }
    }
}

struct CreationDateFailure: Error {
    var message: String
}
