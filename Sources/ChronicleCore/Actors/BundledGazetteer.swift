import Foundation

extension Gazetteer {
    /// The gazetteer built into chronicle: a copy of `data/gazetteer.yaml`.
    public static var bundledPath: String? { BundledResource.path("gazetteer.yaml") }

    /// The gazetteer for a corpus folder: `explicit` when given (its errors are fatal),
    /// else `FOLDER/gazetteer.yaml`, else the built-in one, else none. Problems with the
    /// implicit ones become warnings.
    public static func locate(folder: String, explicit: String?) throws -> (Gazetteer, [LoadWarning]) {
        if let explicit {
            return try load(path: explicit)
        }
        let local = PathName.join(folder, "gazetteer.yaml")
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
