import ChronicleCore
import CNcurses
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries out the browser's "open in pager/editor" effect: runs `$PAGER +LINE FILE`
/// (default `less`) or `$VISUAL`/`$EDITOR +LINE FILE` (default `vi`) through the shell,
/// as git and mutt do, so a value with options ("less -R") works.
public enum ExternalViewer {
    public static func open(path: String, line: Int, editor: Bool) -> Action {
        let program = command(editor: editor, environment: environment)
        let status = ncs_run_shell(shellLine(program: program, path: path, line: line))
        if status == 0 { return .returnedFromExternal(problem: nil) }
        let name = DisplayText.sanitize(program)
        // The shell answers 127 when it cannot find the program.
        if status == 127 { return .returnedFromExternal(problem: "could not run '\(name)'") }
        if status < 0 { return .returnedFromExternal(problem: "could not start a shell for '\(name)'") }
        return .returnedFromExternal(problem: "'\(name)' ended with status \(status)")
    }

    /// The program to run: the first variable that is set and not empty, else the default.
    static func command(editor: Bool, environment: (String) -> String?) -> String {
        let names = editor ? ["VISUAL", "EDITOR"] : ["PAGER"]
        for n in names { if let v = environment(n), !v.trimmingCharacters(in: .whitespaces).isEmpty { return v } }
        return editor ? "vi" : "less"
    }

    /// The program as the user wrote it, then `+LINE` and the path quoted for the shell.
    static func shellLine(program: String, path: String, line: Int) -> String {
        "\(program) +\(max(1, line)) \(quoted(path))"
    }

    static func quoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
