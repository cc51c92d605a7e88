import Foundation

/// Files built into chronicle (`gazetteer.yaml`), which SwiftPM places
/// beside the executable in `chronicle_ChronicleCore.resources/`. Looked up by hand
/// rather than through `Bundle.module`, which stops the program when a copied binary has
/// no resource folder; then the file is simply missing.
enum BundledResource {
    static func path(_ name: String) -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [
            Bundle.main.bundleURL,
            executable.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("chronicle_ChronicleCore.resources/\(name)").path }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
