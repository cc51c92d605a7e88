import Foundation

/// The browser as a user starts it: `chronicle browse` on a pseudo-terminal of 160x50,
/// timed from its start to the end of its first full screen (the one whose footer offers
/// help), then quit with `Q`. What it writes on standard error before the screen (load
/// warnings) counts too, as the user waits for it.
enum BrowserFirstFrame {
    struct Run {
        var seconds: Double
        var cpu: Double
        var problem: String?
    }

    /// Output quiet for this long after the footer: the first screen is complete.
    static let settle = 0.15
    static let timeout = 60.0

    static func run(_ executable: String, _ arguments: [String]) -> Run {
        guard let pty = PseudoTerminalCalls() else { return Run(seconds: 0, cpu: 0, problem: "no pseudo-terminals here") }
        let master = pty.open(O_RDWR | O_NOCTTY)
        guard master >= 0, pty.grant(master) == 0, pty.unlock(master) == 0, let name = pty.name(master) else {
            return Run(seconds: 0, cpu: 0, problem: "no pseudo-terminal")
        }
        defer { close(master) }
        let slavePath = String(cString: name)
        var size = winsize(ws_row: 50, ws_col: 160, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "NO_COLOR")
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            return Run(seconds: 0, cpu: 0, problem: "cannot start \(executable)")
        }
        var screen: [UInt8] = []
        var lastByte = 0.0
        var framed = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while now() < timeout {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(settle * 1000))
            if ready == 0 {
                if framed { break }
                continue
            }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            lastByte = now()
            screen += buffer[0..<count]
            if !framed { framed = visibleText(screen).contains("help") }
        }
        let seconds = lastByte
        _ = "Q".withCString { write(master, $0, 1) }
        // Drained while it quits, so that a full terminal never holds it up.
        var status: Int32 = 0
        var usage = rusage()
        var waited: pid_t = 0
        let quitBy = now() + 5
        while waited == 0 {
            waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == 0 {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
                if now() > quitBy { kill(pid, SIGKILL) }
            }
        }
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, cpu: cpu, problem: framed ? nil : "no screen with a footer within \(Int(timeout)) s")
    }

    /// The text written, without terminal control sequences.
    static func visibleText(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x1B, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "[") {
                i += 2
                while i < bytes.count, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                i += 1
            } else if bytes[i] == 0x1B {
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The C library's pseudo-terminal calls, which Swift's Glibc module leaves out (they need
/// `_XOPEN_SOURCE`): looked up by name.
private struct PseudoTerminalCalls {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias OnTerminal = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    let open: Open
    let grant: OnTerminal
    let unlock: OnTerminal
    let name: Name

    init?() {
        let library = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(library, "posix_openpt"), let grant = dlsym(library, "grantpt"),
              let unlock = dlsym(library, "unlockpt"), let name = dlsym(library, "ptsname") else { return nil }
        self.open = unsafeBitCast(open, to: Open.self)
        self.grant = unsafeBitCast(grant, to: OnTerminal.self)
        self.unlock = unsafeBitCast(unlock, to: OnTerminal.self)
        self.name = unsafeBitCast(name, to: Name.self)
    }
}
