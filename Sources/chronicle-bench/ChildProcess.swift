import Foundation

/// One run of another program, measured from outside: its wall time, the CPU time of all
/// its threads and its peak resident memory, which the kernel reports for the child
/// alone (so runs of different sizes do not share one peak).
struct ChildRun {
    var status: Int32
    var wall: Double
    var cpu: Double
    var peakMiB: Double
    /// The first line of what it wrote on standard error, for a failed run.
    var firstError: String
}

enum ChildProcess {
    /// Runs `executable` with `arguments`, standard output discarded, standard error kept
    /// in `errorFile`.
    static func run(_ executable: String, _ arguments: [String], errorFile: String) -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return ChildRun(status: -1, wall: 0, cpu: 0, peakMiB: 0, firstError: "cannot start \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        // Exited normally: the low seven bits are zero and the status is the next byte.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return ChildRun(status: code, wall: wall, cpu: cpu, peakMiB: Double(usage.ru_maxrss) / 1024,
                        firstError: errors.split(separator: "\n").first.map(String.init) ?? "")
    }
}
