import Foundation

extension Lexicon {
    /// The lexicon built into chronicle, read once from the copy compiled into the program.
    public static var bundled: Lexicon { builtIn.lexicon }

    /// Problems of the built-in definition itself; empty unless the file was edited badly.
    public static var bundledWarnings: [LoadWarning] { builtIn.warnings }

    private static let builtIn: (lexicon: Lexicon, warnings: [LoadWarning]) = {
        let (lines, warnings) = LexiconFile.definition(yaml: EmbeddedLexicon.text, file: "lexicon.yaml")
        return (Lexicon(lines: lines), warnings)
    }()

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
            let path = PathName.join(folder, name)
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
