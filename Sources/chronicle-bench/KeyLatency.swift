import ChronicleTUI
import Foundation

/// Each key reduced and rendered, timed; sorted.
func measureKeys(_ state: inout AppState, _ keys: [Key]) -> [Double] {
    var times: [Double] = []
    for key in keys {
        times.append(seconds {
            if let action = Action.from(key, in: state.context) { _ = Reducer.reduce(&state, action) }
            _ = Renderer.render(state)
        })
    }
    return times.sorted()
}

/// Median and worst of sorted `times`, against the 16 ms a frame may take.
func printLatencies(_ label: String, _ times: [Double], pad: Int = 22) {
    let median = times.isEmpty ? 0 : times[times.count / 2] * 1000
    let worst = (times.last ?? 0) * 1000
    print("  \(label.padding(toLength: pad, withPad: " ", startingAt: 0)) median \(formatted(median, 3)) ms, "
          + "worst \(formatted(worst, 3)) ms over \(times.count) keys (target 16)")
}
