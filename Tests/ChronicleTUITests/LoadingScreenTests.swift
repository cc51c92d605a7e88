import ChronicleCore
import Testing
@testable import ChronicleTUI

@Suite struct LoadingScreenTests {
    let size = TerminalSize(rows: 10, cols: 60)

    func text(_ screen: Screen) -> String { (0..<screen.height).map(screen.line).joined(separator: "\n") }

    @Test func showsTheFiguresUntilTheBuildIsDone() {
        let terminal = MemoryTerminal(size: size, script: [.timeout, .timeout, .timeout])
        var polls = 0
        let status = LoadingScreen.wait(on: terminal, folder: "harbour-news",
                                        status: { "\(polls)/3 files" }, isDone: { polls += 1; return polls > 3 })
        #expect(status == nil)
        let last = text(terminal.frames.last!)
        #expect(last.contains("Reading harbour-news"))
        #expect(last.contains("files"))
        #expect(last.contains("q: quit"))
    }

    @Test func qQuitsBeforeTheBuildIsDone() {
        let terminal = MemoryTerminal(size: size, script: [.timeout, .key(.char("q")), .timeout])
        #expect(LoadingScreen.wait(on: terminal, folder: "f", status: { "1/9 files" }, isDone: { false }) == 0)
    }

    @Test func otherKeysDoNotQuit() {
        let terminal = MemoryTerminal(size: size, script: [.key(.char("j")), .key(.enter)])
        var polls = 0
        #expect(LoadingScreen.wait(on: terminal, folder: "f", status: { "" }, isDone: { polls += 1; return polls > 2 })
                == nil)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let wide = TerminalSize(rows: 12, cols: 80)
        let terminal = MemoryTerminal(size: size, script: [.resize(wide), .key(.escape)])
        #expect(LoadingScreen.wait(on: terminal, folder: "f", status: { "2/9 files" }, isDone: { false }) == 0)
        #expect(terminal.frames.last?.width == 80)
    }
}
