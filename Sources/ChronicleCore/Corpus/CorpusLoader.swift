import Foundation
import SystemPackage

/// Reads a folder of articles into a `Corpus`.
///
/// - Articles are the `.txt` and `.md` files directly in the folder (subfolders are not
///   read), in byte order of their names; hidden files are skipped.
/// - `NAME.yaml` (or `NAME.yml`) beside `NAME.txt` is its metadata sidecar. Other YAML
///   files with no article are reported, except the library files the program reads
///   itself (`gazetteer.yaml`, `lexicon.yaml`).
/// - Each file problem is one `LoadWarning` naming the file and the reason, and the
///   rest loads: binary, empty and unreadable files are skipped; text that is not valid
///   UTF-8 loads with its bad bytes replaced one for one (offsets unchanged); a
///   malformed sidecar leaves the article without metadata; a bad sidecar value is
///   dropped alone.
public enum CorpusLoader {
    static let articleExtensions: Set<String> = ["txt", "md"]
    static let sidecarExtensions = ["yaml", "yml"]
    /// YAML files of the folder that are not sidecars.
    static let libraryFiles: Set<String> = ["gazetteer.yaml", "gazetteer.yml", "lexicon.yaml", "lexicon.yml"]

    public static func load(_ path: String) throws -> Corpus {
        let listing = try list(path)
        var documents: [Document] = []
        var warnings: [LoadWarning] = listing.lexiconWarnings
        var usedIDs = Set<String>()
        for article in listing.articles {
            let result = loadDocument(at: PathName.join(path, article.name), file: article.name,
                                      sidecarPath: article.sidecar.map { PathName.join(path, $0) },
                                      sidecarFile: article.sidecar, lexicon: listing.lexicon)
            warnings += result.warnings
            guard let document = result.document else { continue }
            documents.append(uniqueID(document, name: article.name, used: &usedIDs, lexicon: listing.lexicon))
        }
        return Corpus(root: path, documents: documents, warnings: warnings + listing.warnings, lexicon: listing.lexicon)
    }

    /// The articles of a folder and its sidecars, without reading them, and what is wrong
    /// with the folder's other files.
    public static func list(_ path: String) throws -> CorpusListing {
        guard let isFolder = FileReader.isDirectory(path) else { throw CorpusError.notFound(path) }
        guard isFolder else { throw CorpusError.notAFolder(path) }
        let visible: [String]
        switch FolderNames.sorted(path) {
        case .success(let names): visible = names.filter { !$0.hasPrefix(".") }
        case .failure(let error): throw CorpusError.unreadable(path, reason: FileReader.reason(error))
        }
        let present = Set(visible)

        let (lexicon, lexiconWarnings) = Lexicon.locate(folder: path)
        var articles: [CorpusListing.Article] = []
        var warnings: [LoadWarning] = []
        var articleStems = Set<String>()
        // Each name split once: a large corpus lists a hundred thousand of them at every start.
        let parts = visible.map { name in
            let (stem, ext) = split(name)
            return (stem: stem, ext: lowered(ext))
        }
        for (name, (stem, ext)) in zip(visible, parts) {
            guard articleExtensions.contains(ext) else { continue }
            articleStems.insert(stem)
            let sidecar = sidecarExtensions.map { "\(stem).\($0)" }.first(where: present.contains)
            articles.append(CorpusListing.Article(name: name, sidecar: sidecar))
        }

        for (name, (stem, ext)) in zip(visible, parts) where !articleExtensions.contains(ext) {
            if sidecarExtensions.contains(ext) {
                if !articleStems.contains(stem) && !libraryFiles.contains(name.lowercased()) {
                    warnings.append(LoadWarning(file: name, message:
                        "metadata sidecar with no article \(stem).txt or \(stem).md beside it; ignored"))
                }
            } else if FileReader.isDirectory(PathName.join(path, name)) == false {
                warnings.append(LoadWarning(file: name, message:
                    "not an article (only .txt and .md files are read); skipped"))
            } else if let inside = try? FileManager.default.contentsOfDirectory(atPath: PathName.join(path, name)) {
                // Articles one level down would otherwise vanish without a word.
                let articles = inside.filter { !$0.hasPrefix(".") && articleExtensions.contains(split($0).ext.lowercased()) }
                if !articles.isEmpty {
                    let noun = articles.count == 1 ? "article" : "articles"
                    warnings.append(LoadWarning(file: name, message:
                        "a folder with \(articles.count) \(noun); subfolders are not read (give its path to read it)"))
                }
            }
        }
        return CorpusListing(root: path, articles: articles, warnings: warnings, lexicon: lexicon,
                             lexiconWarnings: lexiconWarnings)
    }

    /// NAME.txt and NAME.md side by side: the second keeps its extension in its id.
    static func uniqueID(_ document: Document, name: String, used: inout Set<String>, lexicon: Lexicon) -> Document {
        let id = assignID(stem: document.id, name: name, used: &used)
        if id == document.id { return document }
        return Document(id: id, file: document.file, utf8: document.utf8, metadata: document.metadata, lexicon: lexicon)
    }

    /// The id of the next loaded article: its file name's stem, or its whole name when an
    /// article before it has that stem.
    static func assignID(stem: String, name: String, used: inout Set<String>) -> String {
        if used.insert(stem).inserted { return stem }
        used.insert(name)
        return name
    }

    /// Loads one article and its sidecar, if any, for single-file commands. `file` in the
    /// document and in warnings is `path` relative to `root` when it lies inside it.
    public static func loadFile(_ path: String, relativeTo root: String?) -> (document: Document?, warnings: [LoadWarning]) {
        let file = root.map { PathName.relative(path, to: $0) } ?? path
        let folder = PathName.folder(of: path)
        let stem = split(PathName.lastComponent(of: path)).stem
        let sidecarName = sidecarExtensions.map { "\(stem).\($0)" }
            .first { FileReader.isDirectory(PathName.join(folder, $0)) == false }
        let sidecarPath = sidecarName.map { PathName.join(folder, $0) }
        return loadDocument(at: path, file: file, sidecarPath: sidecarPath,
                            sidecarFile: sidecarPath.map { p in root.map { PathName.relative(p, to: $0) } ?? p })
    }

    static func loadDocument(at path: String, file: String, sidecarPath: String?,
                             sidecarFile: String?, lexicon: Lexicon = .bundled) -> (document: Document?, warnings: [LoadWarning]) {
        var bytes: [UInt8]
        switch FileReader.read(path) {
        case .failure(let failure):
            return (nil, [LoadWarning(file: file, message: "\(failure); skipped")])
        case .success(let read):
            bytes = read
        }
        if bytes.isEmpty {
            return (nil, [LoadWarning(file: file, message: "is empty; skipped")])
        }
        if let reason = BinarySniffer.signatureReason(bytes) {
            return (nil, [LoadWarning(file: file, message: "\(reason); skipped")])
        }
        let report = TextRepair.repair(&bytes)
        if let reason = BinarySniffer.contentReason(report, count: bytes.count) {
            return (nil, [LoadWarning(file: file, message: "\(reason); skipped")])
        }
        if !bytes.contains(where: { !$0.isASCIIWhitespace }) {
            return (nil, [LoadWarning(file: file, message: "holds only blank space; skipped")])
        }

        var warnings: [LoadWarning] = []
        if let message = repairMessage(report) {
            warnings.append(LoadWarning(file: file, message: message))
        }
        var metadata = DocumentMetadata()
        if let sidecarPath, let sidecarFile {
            let result = readSidecar(sidecarPath, file: sidecarFile)
            metadata = result.metadata
            warnings += result.warnings
        }
        let name = PathName.lastComponent(of: file)
        let document = Document(id: split(name).stem, file: file, utf8: bytes, metadata: metadata, lexicon: lexicon)
        return (document, warnings)
    }

    static func readSidecar(_ path: String, file: String) -> (metadata: DocumentMetadata, warnings: [LoadWarning]) {
        let bytes: [UInt8]
        switch FileReader.read(path) {
        case .failure(let failure):
            return (DocumentMetadata(), [LoadWarning(file: file, message: "\(failure); metadata ignored")])
        case .success(let read):
            bytes = read
        }
        var repaired = bytes
        if TextRepair.repair(&repaired).invalidBytes > 0 {
            return (DocumentMetadata(), [LoadWarning(file: file, message: "is not valid UTF-8; metadata ignored")])
        }
        do {
            let sidecar = try Sidecar.decode(String(decoding: bytes, as: UTF8.self))
            return (sidecar.metadata, sidecar.problems.map { LoadWarning(file: file, message: $0) })
        } catch {
            return (DocumentMetadata(), [LoadWarning(file: file, message: String(describing: error))])
        }
    }

    private static func repairMessage(_ report: TextRepair.Report) -> String? {
        var parts: [String] = []
        if report.invalidBytes > 0 {
            let first = report.firstInvalid.map { " (first at byte \($0))" } ?? ""
            let noun = report.invalidBytes == 1 ? "byte" : "bytes"
            parts.append("is not valid UTF-8: \(report.invalidBytes) \(noun)\(first) shown as ␚ "
                         + "(was it saved as Latin-1 or Windows-1252?)")
        }
        if report.nulBytes > 0 {
            let noun = report.nulBytes == 1 ? "byte" : "bytes"
            parts.append("holds \(report.nulBytes) NUL \(noun), read as spaces")
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: "; ") + "; offsets are unchanged"
    }

    /// A file name's stem and extension, split as `FilePath` splits a name: at the last
    /// dot, unless the name starts with it (".profile" has no extension).
    /// `text.lowercased()`, without Unicode's tables for an extension in lower-case ASCII
    /// (nearly every one).
    static func lowered(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) ? text : text.lowercased()
    }

    static func split(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex, name != ".." else {
            return (name, "")
        }
        return (String(name[..<dot]), String(name[name.utf8.index(after: dot)...]))
    }
}
