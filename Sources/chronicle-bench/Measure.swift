import Foundation

/// Wall-clock seconds of `body`, on the monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Wall and CPU seconds (user + system, all threads) of `body`: CPU seconds give a
/// per-core rate even when the work runs on several cores.
func wallAndCPUSeconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let cpuBefore = cpuSeconds()
    let wall = try seconds(body)
    return (wall, cpuSeconds() - cpuBefore)
}

/// Wall seconds of `body` and the CPU seconds of the calling thread alone: the per-core
/// cost of work done on one thread, whatever else runs on the machine.
/// Linux's RUSAGE_THREAD, which Glibc's Swift module does not export.
private let rusageThread: Int32 = 1

func wallAndThreadCPUSeconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let cpuBefore = cpuSeconds(rusageThread)
    let wall = try seconds(body)
    return (wall, cpuSeconds(rusageThread) - cpuBefore)
}

private func resourceUsage(_ who: Int32 = RUSAGE_SELF.rawValue) -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(who), &usage)
    return usage
}

func cpuSeconds(_ who: Int32 = RUSAGE_SELF.rawValue) -> Double {
    let u = resourceUsage(who)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
        + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// Peak resident set size of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    Double(resourceUsage().ru_maxrss) / 1024  // Linux reports KiB
}

func mb(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

func formatted(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// "label ........ value", aligned for reading.
func row(_ label: String, _ value: String) {
    let padded = label.count >= 28 ? label : label + String(repeating: " ", count: 28 - label.count)
    print("  \(padded)\(value)")
}
