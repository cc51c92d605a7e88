import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct PromptTests {
    @Test func typingReplacesTheDefaultFileName() {
        var s = Fixture.state()
        s.press(.char("e"))
        s.type("out.csv")
        #expect(s.press(.enter) == [.export(entries: [0, 1, 2, 3, 4], path: "out.csv", overwrite: false)])
    }

    @Test func backspaceEditsTheDefaultInstead() {
        var s = Fixture.state()
        s.press(.char("e"), .backspace, .backspace)
        s.type("json")
        let effects = s.press(.enter)
        guard case .export(_, let path, _)? = effects.first else { Issue.record("no export"); return }
        #expect(path.hasPrefix("chronicle_"))
        #expect(path.hasSuffix(".json"))
    }

    @Test func aNewSearchReplacesTheLastTermAndEnterRepeatsIt() {
        var s = Fixture.state()
        s.press(.char("/")); s.type("mayor"); s.press(.enter)
        #expect(s.search?.term == "mayor")
        s.press(.char("/")); s.type("union"); s.press(.enter)
        #expect(s.search?.term == "union")
        s.press(.char("/")); s.press(.enter)
        #expect(s.search?.term == "union")
    }

    @Test func theOfferLooksSelectedUntilTouched() {
        var s = Fixture.state(rows: 24, cols: 80)
        s.press(.char("e"))
        let row = 23
        let line = s.screen.line(row)
        let start = line.range(of: "chronicle_")!.lowerBound
        let col = line.distance(from: line.startIndex, to: start)
        #expect(s.screen.styles(row: row)[col] == .range)
        s.press(.backspace)
        #expect(s.screen.styles(row: row)[col] == .normal)
    }

    @Test func theOverwriteQuestionNamesTheFileWhenItFits() {
        var s = Fixture.state(rows: 24, cols: 80)
        _ = Reducer.reduce(&s, .exportTargetExists(path: "chronicle_2024-03-03_2025-12-31.md"))
        #expect(s.screen.lines[23].hasPrefix("chronicle_2024-03-03_2025-12-31.md exists. Overwrite? (y/n)"))
        var narrow = Fixture.state(rows: 12, cols: 40)
        _ = Reducer.reduce(&narrow, .exportTargetExists(path: "chronicle_2024-03-03_2025-12-31.md"))
        #expect(narrow.screen.lines[11].hasPrefix("File exists. Overwrite? (y/n)"))
    }
}
