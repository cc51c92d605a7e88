import ChronicleCore

/// One-line prompts: date jump, searches, the export path and the overwrite question.
enum PromptReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .prompt(var p) = s.overlay else { return [] }
        if case .confirmOverwrite(let path) = p.purpose {
            return confirm(&s, path: path, action)
        }
        switch action {
        case .type(let ch):
            if p.isSuggestion { p.text = "" }
            p.isSuggestion = false
            p.text.append(ch)
        case .command(.deleteBackward):
            p.isSuggestion = false
            if !p.text.isEmpty { p.text.removeLast() }
        case .command(.clearInput):
            p.isSuggestion = false
            p.text = ""
        case .command(.cancel):
            s.overlay = nil
            return []
        case .command(.submit):
            s.overlay = nil
            return submit(&s, p)
        default:
            break
        }
        s.overlay = .prompt(p)
        return []
    }

    private static func submit(_ s: inout AppState, _ p: PromptState) -> [Effect] {
        let text = p.text.trimmingCharacters(in: .whitespaces)
        switch p.purpose {
        case .jumpToDate:
            jump(&s, to: text)
        case .searchTimeline:
            s.search = TextSearch(text)
            if s.search != nil {
                TimelineReducer.findMatch(&s, forward: true, includingCurrent: true)
            }
        case .filterPattern:
            s.setPattern(TextSearch(text))
            let n = s.model.visible.count
            s.status = s.pattern == nil ? StatusMessage("Pattern dropped: every entry shown")
                : StatusMessage("\(n) entr\(n == 1 ? "y matches" : "ies match") &\(DisplayText.sanitize(text))",
                                isError: n == 0)
        case .searchReader:
            ReaderReducer.setSearch(&s, term: text)
        case .exportPath:
            guard !text.isEmpty else {
                s.status = StatusMessage("No file name given; nothing exported", isError: true)
                return []
            }
            return [.export(entries: TimelineReducer.exportEntries(s), path: text, overwrite: false)]
        case .confirmOverwrite:
            break
        }
        return []
    }

    private static func confirm(_ s: inout AppState, path: String, _ action: Action) -> [Effect] {
        switch action {
        case .type("y"), .type("Y"):
            s.overlay = nil
            return [.export(entries: TimelineReducer.exportEntries(s), path: path, overwrite: true)]
        case .type("n"), .type("N"), .command(.cancel), .command(.submit):
            s.overlay = nil
            s.status = StatusMessage("Not exported: \(path) left as it was")
        default:
            break
        }
        return []
    }

    /// Moves to the first entry that does not end before the date.
    static func jump(_ s: inout AppState, to text: String) {
        guard let value = TimeValue(text) else {
            s.status = StatusMessage("Not a date: \(DisplayText.sanitize(text)) (try 2025-12-02, 2025-12 or 2025)", isError: true)
            return
        }
        guard let ordinal = s.model.ordinal(onOrAfter: value.first.dayNumber) else {
            s.status = StatusMessage("No entries to jump in", isError: true)
            return
        }
        TimelineReducer.move(&s, to: ordinal)
        if let e = s.selectedEntry, e.date.last < value.first {
            s.status = StatusMessage("Nothing on or after \(text); at the last entry")
        }
    }
}

import Foundation
