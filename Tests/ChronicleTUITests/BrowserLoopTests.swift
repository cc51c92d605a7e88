import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct BrowserLoopTests {
    @Test func drawsAFrameAfterEachKeyAndQuitsWithZero() {
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 40),
                                  script: [.key(.char("j")), .timeout, .key(.char("x")), .key(.char("q")), .key(.char("j"))])
        let status = Browser.run(Fixture.state(rows: 12, cols: 40), on: term) { _, _, _, _, _ in .exportFailed("unused") }
        #expect(status == 0)
        // First frame, then one after j; the timeout and the unbound x draw nothing new;
        // nothing is read after q.
        #expect(term.frames.count == 2)
        #expect(term.lastFrame?.lines[7].contains("entry 2 of 5") == true)
    }

    @Test func ctrlLRepaintsTheWholeTerminal() {
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 40), script: [.key(.ctrl("l"))])
        _ = Browser.run(Fixture.state(rows: 12, cols: 40), on: term) { _, _, _, _, _ in .exportFailed("unused") }
        #expect(term.repaints == 1)
        #expect(term.frames.count == 2)
    }

    @Test func resizeReflowsTheNextFrame() {
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 40),
                                  script: [.resize(TerminalSize(rows: 20, cols: 90))])
        _ = Browser.run(Fixture.state(rows: 12, cols: 40), on: term) { _, _, _, _, _ in .exportFailed("unused") }
        #expect(term.lastFrame?.width == 90)
        #expect(term.lastFrame?.height == 20)
        #expect(term.lastFrame?.lines[0].contains("all entries") == true)
    }

    @Test func exportEffectReachesTheHandlerAndItsOutcomeTheStatusLine() {
        var calls: [(Int, String, Bool)] = []
        let keys: [Key] = [.char("v"), .char("j"), .char("e"), .ctrl("u")] + "out.md".map { .char($0) } + [.enter]
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 60), script: keys.map { .key($0) })
        _ = Browser.run(Fixture.state(rows: 12, cols: 60), on: term) { entries, _, path, overwrite, _ in
            calls.append((entries.count, path, overwrite))
            return .exported(path: "/home/reader/out.md", count: entries.count)
        }
        #expect(calls.count == 1)
        #expect(calls.first?.0 == 2)
        #expect(calls.first?.1 == "out.md")
        #expect(calls.first?.2 == false)
        #expect(term.lastFrame?.lines.last == " Wrote 2 entries to /home/reader/out.md")
    }
}
