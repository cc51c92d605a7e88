import ChronicleCore

/// What the browser shows while a long build runs: the folder, the build's figures
/// (files, MB, rate, time left) and how to leave. `q`, Esc or Ctrl-C leave at once.
public enum LoadingScreen {
    /// Draws the figures `status()` gives until `isDone()`, reading keys meanwhile. Nil
    /// when the build is done; else the exit status (0 for `q` or Esc, 128 + a
    /// terminating signal).
    public static func wait(on terminal: Terminal, folder: String, status: () -> String,
                            isDone: () -> Bool) -> Int32? {
        var shown: String? = nil
        var size = terminal.size
        while !isDone() {
            if let sig = SignalFlag.received { return 128 + sig }
            let line = status()
            if line != shown {
                terminal.draw(render(folder: folder, status: line, size: size))
                shown = line
            }
            switch terminal.nextEvent() {
            case .key(.char("q")), .key(.escape), .key(.ctrl("c")), .closed: return 0
            case .resize(let new):
                size = new
                shown = nil
            case .key, .timeout: break
            }
        }
        return nil
    }

    static func render(folder: String, status: String, size: TerminalSize) -> Screen {
        var screen = Screen(width: size.cols, height: size.rows)
        let lines = [("Reading " + DisplayText.sanitize(folder), Style.title), (status, Style.normal),
                     ("", Style.normal), ("q: quit", Style.dim)]
        let top = max(0, (size.rows - lines.count) / 2)
        for (n, (text, style)) in lines.enumerated() where top + n < size.rows {
            let shown = TextWidth.truncate(text, to: max(0, size.cols - 2))
            screen.put(shown, row: top + n, col: max(0, (size.cols - TextWidth.width(shown)) / 2), style: style)
        }
        return screen
    }
}
