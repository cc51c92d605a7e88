import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The terminal face for people: ncursesw, started safely (no initscr: a bad TERM gets
/// a message, not an exit or garbage), stopped on every path.
public final class NcursesTerminal: Terminal {
    private let screenHandle: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: StylePalette
    private var stopped = false

    /// Says why the browser cannot run here, before anything is drawn or loaded.
    public static func checkAvailable() throws(TerminalUnavailable) {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalUnavailable("the browser needs a terminal on standard input and output")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else { throw TerminalUnavailable("TERM is not set, so the terminal type is unknown") }
        _ = TerminalLocale.prepared
        switch ncs_check_terminal(1) {
        case 0: break
        case 1: throw TerminalUnavailable("terminal '\(term)' is a hardcopy terminal")
        case 2: throw TerminalUnavailable("terminal type '\(term)' is unknown here")
        case 3: throw TerminalUnavailable("no terminfo database found for '\(term)'")
        default: throw TerminalUnavailable("terminal '\(term)' cannot move the cursor")
        }
    }

    /// Checks that this is a usable terminal and starts curses, or says why not.
    public init() throws(TerminalUnavailable) {
        try Self.checkAvailable()
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        SignalFlag.install()
        guard let out = fdopen(1, "w"), let inp = fdopen(0, "r"),
              let sp = newterm(nil, out, inp) else {
            throw TerminalUnavailable("could not start the terminal '\(term)'")
        }
        screenHandle = sp
        set_term(sp)
        guard let w = ncs_stdscr() else {
            endwin()
            delscreen(sp)
            throw TerminalUnavailable("could not start the terminal '\(term)'")
        }
        window = w
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        wtimeout(window, 100)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        var colors = false
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colors = COLOR_PAIRS_count() >= 16
        }
        palette = StylePalette(colors: colors)
    }

    deinit { stop() }

    /// Leaves curses and gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screenHandle)
    }

    public var size: TerminalSize {
        TerminalSize(rows: Int(getmaxy(window)), cols: Int(getmaxx(window)))
    }

    public func draw(_ screen: Screen) {
        werase(window)
        for row in 0..<screen.height {
            var col = 0
            while col < screen.width {
                let style = screen[row, col].style
                var text = ""
                let start = col
                while col < screen.width, screen[row, col].style == style {
                    text += screen[row, col].text
                    col += 1
                }
                ncs_attrset(window, palette.attributes(style))
                var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                _ = mvwaddwstr(window, Int32(row), Int32(start), wide)
            }
        }
        ncs_attrset(window, 0)
        wnoutrefresh(window)
        doupdate()
    }

    public func repaintAll() { ncs_repaint_all() }

    public func discardTypeAhead() { flushinp() }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        ncs_repaint_all()
        // Keys pressed in the other program to leave it are not for the browser.
        flushinp()
    }

    public func nextEvent() -> TerminalEvent {
        var wc: wint_t = 0
        let rc = wget_wch(window, &wc)
        if rc == ERR { return .timeout }
        if rc == KEY_CODE_YES {
            if Int32(wc) == KEY_RESIZE { return .resize(size) }
            return Self.decodeKeyCode(Int32(wc)).map(TerminalEvent.key) ?? .timeout
        }
        return Self.decodeCharacter(UInt32(wc)).map(TerminalEvent.key) ?? .timeout
    }

    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }
}

/// COLOR_PAIRS is a C global; read it through ncurses' function instead.
private func COLOR_PAIRS_count() -> Int32 {
    Int32(tigetnum("pairs"))
}
