import Foundation

/// A corpus of a given size made of copies of real article folders (texts and their
/// sidecars), each copy with its years shifted by its own amount, so that every copy tells
/// events of its own dates, as months of coverage of many stories would.
struct ShiftedCopies {
    struct Article {
        let name: String
        let text: [UInt8]
        let sidecar: (name: String, bytes: [UInt8])?
    }

    let folder: URL
    private(set) var bytes = 0
    private(set) var files = 0
    private let articles: [Article]
    private var copies = 0

    /// The articles (`.txt`, `.md`) directly in `folders`, with their `.yaml` sidecars.
    static func articles(in folders: [String]) -> [Article] {
        var out: [Article] = []
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                guard let text = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
                let stem = String(name[..<name.lastIndex(of: ".")!])
                let sidecar = FileManager.default.contents(atPath: folder + "/" + stem + ".yaml")
                out.append(Article(name: name, text: Array(text),
                                   sidecar: sidecar.map { (stem + ".yaml", Array($0)) }))
            }
        }
        return out
    }

    init(articles: [Article], folder: URL) throws {
        self.articles = articles
        self.folder = folder
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The corpus `keep()` left in `folder`, if its note is there.
    init?(articles: [Article], kept folder: URL) {
        guard let note = try? String(contentsOf: Self.note(of: folder), encoding: .utf8) else { return nil }
        let numbers = note.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard numbers.count == 3, FileManager.default.fileExists(atPath: folder.path) else { return nil }
        self.articles = articles
        self.folder = folder
        (copies, bytes, files) = (numbers[0], numbers[1], numbers[2])
    }

    /// Notes what was written, beside the folder, for `init(articles:kept:)`.
    func keep() throws {
        try "\(copies) \(bytes) \(files)\n".write(to: Self.note(of: folder), atomically: true, encoding: .utf8)
    }

    private static func note(of folder: URL) -> URL { folder.appendingPathExtension("copies") }

    /// Adds whole copies until the corpus holds at least `targetBytes` of articles.
    mutating func grow(to targetBytes: Int) throws {
        while bytes < targetBytes, !articles.isEmpty {
            for article in articles { try write(article, copy: copies, prefix: "c") }
            copies += 1
        }
    }

    /// Writes `count` articles of a copy not written before, named to sort after the others.
    mutating func addNew(_ count: Int) throws {
        for k in 0..<count where !articles.isEmpty {
            try write(articles[k % articles.count], copy: copies + k / articles.count, prefix: "new")
        }
    }

    /// Removes what `addNew` wrote.
    mutating func removeNew() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("new") {
            let url = folder.appendingPathComponent(name)
            if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
               !name.hasSuffix(".yaml") {
                bytes -= size
                files -= 1
            }
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Copy n shifts years by an amount of its own among 150 (the shift wraps, so copies
    /// 150 apart repeat one another; years stay within 1900-2099).
    private mutating func write(_ article: Article, copy: Int, prefix: String) throws {
        let shift = copy % 150 - 75
        let base = String(format: "%@%05d-", prefix, copy)
        let text = SyntheticCorpus.shiftingYears(article.text, by: shift)
        try Data(text).write(to: folder.appendingPathComponent(base + article.name))
        if let sidecar = article.sidecar {
            try Data(SyntheticCorpus.shiftingYears(sidecar.bytes, by: shift))
                .write(to: folder.appendingPathComponent(base + sidecar.name))
        }
        bytes += text.count
        files += 1
    }
}
