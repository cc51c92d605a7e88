import Testing
import ChronicleCore
@testable import ChronicleTUI

/// Entries without a date of their own: marked in the list, explained in the detail pane,
/// hidden and shown again with one key.
@Suite struct UndatedEntriesTests {
    /// The fixture with entry 2 dated by the clause before it instead of its own date.
    static func state() -> AppState {
        var chronology = Fixture.chronology()
        var source = chronology.entries[1].sources[0]
        source.timex = nil
        source.basis = .context
        source.datedBy = Fixture.line(containing: "3 March 2024", in: Fixture.textA)
        chronology.entries[1].sources = [source]
        var s = AppState(chronology: chronology, size: TerminalSize(rows: 24, cols: 100))
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 24, cols: 100)))
        return s
    }

    func ids(_ s: AppState) -> [Int] { s.model.visible.map { s.chronology.entries[$0].id } }

    @Test func theKeyHidesAndShowsThemAndTheHeaderSaysSo() {
        var s = Self.state()
        #expect(ids(s) == [1, 2, 3, 4, 5])
        s.press(.char("u"))
        #expect(ids(s) == [1, 3, 4, 5])
        #expect(s.screen.lines[0].contains("undated hidden"))
        s.press(.char("u"))
        #expect(ids(s) == [1, 2, 3, 4, 5])
        #expect(!s.screen.lines[0].contains("undated"))
    }

    @Test func theRowIsMarkedAndTheDetailSaysWhatDatedIt() {
        let s = Self.state()
        let rows = s.screen.lines.filter { ($0.contains("The union said") || $0.contains("The mayor of Lindenport")) && $0.hasSuffix("[1]") }
        #expect(rows.count == 2)
        #expect(rows.first { $0.contains("The union said") }?.hasPrefix("~") == true)
        #expect(rows.first { $0.contains("The mayor of Lindenport") }?.hasPrefix("~") == false)
        let detail = DetailContent(entry: s.chronology.entries[1], chronology: s.chronology, width: 90, selectedSource: 0)
        let text = detail.lines.map(\.text).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("dated by the clause before: “On 3 March 2024 the mayor"))
    }

    @Test func helpListsTheKey() {
        #expect(KeyMap.bindings(in: .timeline).contains { $0.command == .toggleUndated && $0.keys == [.char("u")] })
    }
}
