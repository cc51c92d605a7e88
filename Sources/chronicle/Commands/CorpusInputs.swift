import ArgumentParser
import ChronicleCore
import Foundation

/// A corpus named by article files instead of a folder: `chronicle list a.txt b.md`.
/// The files' common folder is the corpus root (its gazetteer and lexicon apply, file
/// names are given relative to it); a sidecar beside each file is read as in a folder.
enum CorpusInputs {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func chronology(_ paths: [String], gazetteer: String?) throws -> Chronology {
        for p in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isFolder) else {
                throw Problem(description: "\(p): no such file or folder")
            }
            if isFolder.boolValue {
                throw Problem(description: "\(p) is a folder; give one folder, or article files, not both")
            }
        }
        let root = root(of: paths)
        let (lexicon, lexiconWarnings) = Lexicon.locate(folder: root)
        var documents: [Document] = []
        var warnings = lexiconWarnings
        var ids = Set<String>()
        for p in paths {
            let (loaded, problems) = CorpusLoader.loadFile(p, relativeTo: root)
            warnings += problems
            guard var d = loaded else { continue }
            if !ids.insert(d.id).inserted {
                // Two files with one stem (a.txt, a.md): the second is known by its name.
                d = Document(id: d.file, file: d.file, utf8: d.utf8, metadata: d.metadata, lexicon: lexicon)
                ids.insert(d.id)
            }
            documents.append(d)
        }
        let corpus = Corpus(root: root, documents: documents, warnings: warnings, lexicon: lexicon)
        let (gaz, gazetteerWarnings) = try Gazetteer.locate(folder: root, explicit: gazetteer)
        return Pipeline.chronology(corpus: corpus, gazetteer: gaz, extraWarnings: gazetteerWarnings)
    }

    /// True for an existing path that is not a folder.
    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// A path that reads as an article's (a missing `a.txt` is a missing file, not folder).
    static func namesArticle(_ path: String) -> Bool {
        let ext = PathName.fileExtension(of: path)
        return ext == "txt" || ext == "md"
    }

    /// The folder all the files are in, or "." when they are in several.
    static func root(of paths: [String]) -> String {
        let folders = Set(paths.map { p -> String in
            let folder = PathName.folder(of: p)
            return folder.isEmpty ? "." : folder
        })
        return folders.count == 1 ? folders.first! : "."
    }
}
