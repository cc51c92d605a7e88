import Testing
import ChronicleCore
@testable import ChronicleTUI

/// An article that tries to talk to the terminal must reach the screen inert.
@Suite struct SanitizeTests {
    static let hostile = "Title\u{1B}]0;PWNED\u{07}\nLine one\u{1B}[31m red\u{1B}[0m\rSPOOF \u{202E}reversed\u{202C} \u{9B}2J on 2 June 2024.\n"

    static func state() -> AppState {
        let text = hostile
        let t = Fixture.range(of: "2 June 2024", in: text)
        let passage = Fixture.line(containing: "2 June 2024", in: text)
        let doc = Document(id: "x", file: "x\u{1B}[2J.txt", utf8: Array(text.utf8))
        let src = Source(documentID: "x", file: "x\u{1B}[2J.txt", passage: passage,
                         timex: TimeExpression(range: t, text: "2 June 2024", type: .date, value: "2024-06-02", granularity: .day),
                         claimBy: "\u{1B}[1mBoss", summary: "")
        let entry = Entry(id: 1, date: TimeValue("2024-06-02")!, kind: .other,
                          summary: "Line one\u{1B}[31m red\r\u{07}SPOOF \u{202E}x", actors: [ActorRef(name: "Eve\u{1B}[5m", kind: .person)],
                          sources: [src])
        let c = Chronology(root: "n\u{07}ews", documents: [doc], entries: [entry],
                           actors: [Actor(name: "Eve\u{1B}[5m", kind: .person)], warnings: [])
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 100))
        _ = Reducer.reduce(&s, .resize(s.size))
        return s
    }

    static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
            || (0x2066...0x2069).contains(u.value)
    }

    static func expectInert(_ screen: Screen, _ where_: String) {
        let bad = screen.cells.flatMap { $0.text.unicodeScalars }.filter(isUnsafe)
        #expect(bad.isEmpty, "control characters on screen in \(where_): \(bad.map { String($0.value, radix: 16) })")
    }

    @Test func timelineDetailReaderPickerAndSearchShowNoControlCharacters() {
        var s = Self.state()
        Self.expectInert(s.screen, "timeline")
        #expect(s.screen.lines.joined().contains("␛[31m"))
        s.press(.tab)
        Self.expectInert(s.screen, "detail")
        s.press(.enter)
        #expect(s.reader != nil)
        Self.expectInert(s.screen, "reader")
        let text = s.screen.lines.joined(separator: "\n")
        #expect(text.contains("Title␛]0;PWNED␇"))
        #expect(!text.contains("\u{202E}"))
        s.press(.char("/"))
        s.type("red\u{1B}")
        Self.expectInert(s.screen, "reader prompt")
        s.press(.escape, .escape)
        s.press(.char("a"))
        Self.expectInert(s.screen, "picker")
    }

    @Test func carriageReturnCannotOverwriteTheLine() {
        let s = Self.state()
        let row = s.screen.lines.first { $0.contains("Line one") } ?? ""
        #expect(row.contains("red ␇SPOOF") || row.contains("red  ␇SPOOF"))
    }
}
