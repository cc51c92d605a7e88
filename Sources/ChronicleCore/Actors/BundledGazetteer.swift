import Foundation

extension Gazetteer {
    /// The gazetteer built into chronicle: a copy of `data/gazetteer.yaml` that SwiftPM
    /// places beside the executable (`chronicle_ChronicleCore.resources/`). Looked up by
    /// hand rather than through `Bundle.module`, which stops the program when a copied
    /// binary has no resource folder; then there is simply no bundled gazetteer.
    public static var bundledPath: String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [
            Bundle.main.bundleURL,
            executable.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("chronicle_ChronicleCore.resources/gazetteer.yaml").path }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The gazetteer for a corpus folder: `explicit` when given (its errors are fatal),
    /// else `FOLDER/gazetteer.yaml`, else the built-in one, else none. Problems with the
    /// implicit ones become warnings.
    public static func locate(folder: String, explicit: String?) throws -> (Gazetteer, [LoadWarning]) {
        if let explicit {
            return try load(path: explicit)
        }
        let local = (folder as NSString).appendingPathComponent("gazetteer.yaml")
        for path in [local, bundledPath].compactMap({ $0 }) where FileManager.default.fileExists(atPath: path) {
            do {
                return try load(path: path)
            } catch let error as LoadError {
                return (.empty, [LoadWarning(file: path == local ? "gazetteer.yaml" : path,
                                             message: "\(error.message); recognizing actors by rule only")])
            } catch {
                return (.empty, [LoadWarning(file: path == local ? "gazetteer.yaml" : path,
                                             message: "\(error); recognizing actors by rule only")])
            }
        }
        return (.empty, [])
    }
}
