import Testing
import ChronicleCore
@testable import ChronicleTUI

/// Long random key sequences with resizes in between: every frame must fit the screen
/// and the state must stay consistent, whatever order the keys come in.
@Suite struct RandomKeysTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let keys: [Key] = KeyMap.bindings.flatMap(\.keys)
        + "abcxyz 09-/:?".map { Key.char($0) } + [.backspace, .delete, .left, .right, .function(5)]

    @Test(arguments: [1, 2, 3, 4])
    func randomSessionsStayInBounds(seed: UInt64) {
        var rng = Seeded(state: seed)
        var s = Fixture.state(rows: 24, cols: 80)
        for step in 0..<600 {
            if step % 60 == 0 {
                let size = TerminalSize(rows: Int.random(in: 5...60, using: &rng), cols: Int.random(in: 10...220, using: &rng))
                _ = Reducer.reduce(&s, .resize(size))
            }
            let key = Self.keys.randomElement(using: &rng)!
            if case .char("q") = key, s.context == .timeline { continue }
            if let action = Action.from(key, in: s.context) {
                for effect in Reducer.reduce(&s, action) {
                    if case .export = effect { _ = Reducer.reduce(&s, .exportFailed("not in this test")) }
                }
            }
            let screen = Renderer.render(s)
            #expect(screen.height == s.size.rows)
            if !s.model.isEmpty {
                #expect(s.cursor >= 0 && s.cursor < s.model.visible.count)
            }
            if step % 50 == 0 {
                #expect(screen.lines.allSatisfy { TextWidth.width($0) <= s.size.cols })
            }
        }
    }
}
