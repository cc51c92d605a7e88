import Foundation

extension Lexicon {
    /// The lexicon built into chronicle, read once. Without its file (a program copied
    /// without its resource folder) every class is empty and `bundledWarnings` says so.
    public static var bundled: Lexicon { builtIn.lexicon }

    public static var bundledWarnings: [LoadWarning] { builtIn.warnings }

    private static let builtIn: (lexicon: Lexicon, warnings: [LoadWarning]) = {
        guard let path = BundledResource.path("lexicon.yaml") else {
            return (Lexicon(lines: [:]), [LoadWarning(file: "lexicon.yaml", message:
                "the built-in lexicon is missing beside the program; months, weekdays and other words are not known")])
        }
        return load(path: path)
    }()

    /// The built-in definition read from `path`.
    static func load(path: String) -> (lexicon: Lexicon, warnings: [LoadWarning]) {
        guard let text = readText(path) else {
            return (Lexicon(lines: [:]), [LoadWarning(file: path, message: "cannot read the lexicon file")])
        }
        let (lines, warnings) = LexiconFile.definition(yaml: text, file: path)
        return (Lexicon(lines: lines), warnings)
    }

    /// This lexicon with the changes of a corpus's `lexicon.yaml` text.
    public func applying(yaml: String, file: String) -> (lexicon: Lexicon, warnings: [LoadWarning]) {
        let (changed, warnings) = LexiconFile.changes(yaml: yaml, file: file, to: lines)
        return (Lexicon(lines: changed), warnings)
    }

    /// The lexicon for a corpus folder: the built-in one, changed by `FOLDER/lexicon.yaml`
    /// (or `.yml`) when there is one.
    public static func locate(folder: String) -> (lexicon: Lexicon, warnings: [LoadWarning]) {
        let base = builtIn
        for name in ["lexicon.yaml", "lexicon.yml"] {
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let text = readText(path) else {
                return (base.lexicon, base.warnings + [LoadWarning(file: name, message:
                    "cannot read the lexicon file (or it is not UTF-8); the built-in lexicon is used")])
            }
            let changed = base.lexicon.applying(yaml: text, file: name)
            return (changed.lexicon, base.warnings + changed.warnings)
        }
        return base
    }

    private static func readText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
