import Foundation

/// What an index must have been built with to be trusted: this format, this program and
/// the same gazetteer and bundled language data. Anything else is rebuilt.
enum IndexFormat {
    /// Raise when the tables or the meaning of a stored value change.
    static let version = 12

    /// The program is identified by its executable's size and modification time: a new
    /// build of chronicle, whatever it changed in the analysis, never reads an old index.
    static var program: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let stamp = FileStamp(path: path) else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }

    /// The data the analysis reads besides the articles: the gazetteer in effect (the
    /// explicit one, the folder's, or the built-in one), the folder's lexicon, and every
    /// bundled resource file (the built-in gazetteer and lexicon).
    static func environment(folder: String, gazetteerPath: String?) -> String {
        var parts: [[UInt8]] = [Array("format \(version) program \(program)".utf8)]
        let local = PathName.join(folder, "gazetteer.yaml")
        let gazetteer = gazetteerPath ?? (FileManager.default.fileExists(atPath: local) ? local : nil)
        parts.append(Array("gazetteer \(gazetteer ?? "built-in")".utf8))
        if let gazetteer { parts.append((try? FileReader.read(gazetteer).get()) ?? Array("unreadable".utf8)) }
        for name in ["lexicon.yaml", "lexicon.yml"] {
            let path = PathName.join(folder, name)
            if FileManager.default.fileExists(atPath: path) {
                parts.append(Array("lexicon \(name)".utf8))
                parts.append((try? FileReader.read(path).get()) ?? Array("unreadable".utf8))
            }
        }
        if let bundled = Gazetteer.bundledPath {
            let folder = PathName.folder(of: bundled)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names {
                parts.append(Array(name.utf8))
                parts.append((try? FileReader.read(PathName.join(folder, name)).get()) ?? [])
            }
        }
        return ContentHash.of(parts)
    }
}
