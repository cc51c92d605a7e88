import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct FooterTests {
    private func footer(_ s: AppState) -> String { s.screen.lines[s.size.rows - 1] }

    @Test func narrowFooterKeepsHelpAndQuit() {
        for cols in [40, 60, 100] {
            let s = Fixture.state(rows: 24, cols: cols)
            let line = footer(s)
            #expect(line.contains("? help"), "\(cols) columns: \(line)")
            #expect(line.contains("q quit"), "\(cols) columns: \(line)")
            #expect(line.contains("j move"), "\(cols) columns: \(line)")
        }
    }

    @Test func hintsKeepTableOrderAndAreNeverCut() {
        let s = Fixture.state(rows: 24, cols: 60)
        let line = footer(s)
        #expect(line.hasPrefix(" j move"))
        #expect(line.hasSuffix("? help q quit"))
        let wide = footer(Fixture.state(rows: 24, cols: 200))
        // Every hint shown at 60 columns appears whole in the wide footer too.
        for word in line.split(separator: " ") { #expect(wide.contains(word)) }
    }

    @Test func readerFooterKeepsTheWayBack() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.enter)
        #expect(s.context == .reader)
        #expect(footer(s).contains("q back"))
    }

    @Test func loadWarningsAreSaidOnOpeningUntilTheFirstKey() {
        var c = Fixture.chronology()
        c.warnings = [LoadWarning(file: "scan.pdf.txt", message: "is binary (PDF), not text; skipped"),
                      LoadWarning(file: "b.yaml", message: "published: “2024-13-45” is not a date YYYY-MM-DD; ignored")]
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 120))
        #expect(footer(s).contains("2 load warnings (W lists them); first: scan.pdf.txt: is binary"))
        s.press(.char("j"))
        #expect(footer(s).contains("? help"))
        c.warnings.removeLast()
        #expect(footer(AppState(chronology: c, size: TerminalSize(rows: 24, cols: 120)))
            .contains("Warning: scan.pdf.txt: is binary (PDF)"))
        #expect(AppState(chronology: Fixture.chronology(), size: TerminalSize(rows: 24, cols: 120)).status == nil)
    }
}
