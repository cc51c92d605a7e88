import Testing
import Foundation
@testable import ChronicleCore

@Suite struct CorpusLoaderTests {
    @Test func loadsTextAndMarkdownInNameOrderSkippingHiddenFiles() throws {
        let dir = try TempFolder()
        try dir.write("b-report.md", "# Harbour reopens\n\nShips returned on Monday.\n")
        try dir.write("a-brief.txt", "The council voted on Friday.\n")
        try dir.write(".draft.txt", "Not an article.\n")
        try dir.write("notes.html", "<p>web page</p>")
        try FileManager.default.createDirectory(atPath: dir.file("archive"), withIntermediateDirectories: false)

        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.root == dir.path)
        #expect(corpus.documents.map(\.id) == ["a-brief", "b-report"])
        #expect(corpus.documents.map(\.file) == ["a-brief.txt", "b-report.md"])
        #expect(corpus.warnings.map(\.file) == ["notes.html"])
        #expect(corpus.warnings.first?.message.contains("only .txt and .md") == true)
    }

    @Test func binaryFilesAreSkippedWithOneWarningEach() throws {
        let dir = try TempFolder()
        try dir.write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0x41, count: 64))
        var noise: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<4096 { x = x &* 1_103_515_245 &+ 12345; noise.append(UInt8(truncatingIfNeeded: x >> 16)) }
        try dir.write("dump.md", noise)
        try dir.write("fine.txt", "Rain is expected on Sunday.\n")

        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["fine"])
        #expect(corpus.warnings.count == 2)
        let byFile = Dictionary(uniqueKeysWithValues: corpus.warnings.map { ($0.file, $0.message) })
        #expect(byFile["photo.txt"] == "is binary (PNG), not text; skipped")
        #expect(byFile["dump.md"]?.contains("binary") == true)
        #expect(corpus.warnings.allSatisfy { $0.message.hasSuffix("skipped") })
    }

    @Test func utf16AndNonUTF8DataAreSkippedWithTheirReason() throws {
        let dir = try TempFolder()
        try dir.write("windows.txt", [0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try dir.write("high.txt", (0..<2000).map { UInt8(0x80 + $0 % 0x7F) })
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings == [
            LoadWarning(file: "high.txt", message: "looks binary (2000 of 2000 bytes are not UTF-8), not text; skipped"),
            LoadWarning(file: "windows.txt", message: "is UTF-16 text, which is not read; save it as UTF-8; skipped"),
        ])
    }

    @Test func emptyAndBlankFilesAreSkipped() throws {
        let dir = try TempFolder()
        try dir.write("empty.txt", "")
        try dir.write("blank.txt", "  \n\r\n\t\n")
        try dir.write("real.txt", "Voting closed at noon.")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["real"])
        #expect(corpus.warnings == [
            LoadWarning(file: "blank.txt", message: "holds only blank space; skipped"),
            LoadWarning(file: "empty.txt", message: "is empty; skipped"),
        ])
    }

    @Test func aFolderNamedLikeAnArticleIsReportedNotRead() throws {
        let dir = try TempFolder()
        try FileManager.default.createDirectory(atPath: dir.file("odd.txt"), withIntermediateDirectories: false)
        try dir.write("ok.txt", "A bridge opened in May.")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["ok"])
        #expect(corpus.warnings == [LoadWarning(file: "odd.txt", message: "is a folder, not a file; skipped")])
    }

    @Test func aNamedPipeIsReportedWithoutBlocking() throws {
        let dir = try TempFolder()
        #expect(mkfifo(dir.file("pipe.txt"), 0o644) == 0)
        try dir.write("ok.txt", "A ferry sailed at dawn.")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["ok"])
        #expect(corpus.warnings == [LoadWarning(file: "pipe.txt", message: "is not a regular file; skipped")])
    }

    @Test func anUnreadableFileIsReportedWithTheSystemReason() throws {
        let dir = try TempFolder()
        let locked = try dir.write("locked.txt", "Secret minutes of the meeting.")
        try dir.write("open.txt", "Public minutes of the meeting.")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { _ = try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        // As root, permissions do not stop reading; the folder case above covers that.
        let stillReadable = FileManager.default.isReadableFile(atPath: locked)
        let corpus = try CorpusLoader.load(dir.path)
        if stillReadable {
            #expect(corpus.documents.count == 2)
        } else {
            #expect(corpus.documents.map(\.id) == ["open"])
            #expect(corpus.warnings.count == 1)
            #expect(corpus.warnings.first?.file == "locked.txt")
            #expect(corpus.warnings.first?.message.contains("cannot be read") == true)
        }
    }

    @Test func invalidUTF8LoadsWithBytesReplacedOneForOne() throws {
        let dir = try TempFolder()
        // "Caf\xE9 opened. Prices \xFF\xFE rose." as Latin-1 bytes with two stray bytes.
        let original: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" opened. Prices ".utf8) + [0xFF, 0xFE]
            + Array(" rose 5\u{20AC}.".utf8)
        try dir.write("latin.txt", original)
        let corpus = try CorpusLoader.load(dir.path)
        let doc = try #require(corpus.documents.first)
        #expect(doc.utf8.count == original.count)
        #expect(doc.utf8[3] == 0x1A)
        #expect(doc.utf8[20] == 0x1A && doc.utf8[21] == 0x1A)
        for (i, byte) in original.enumerated() where ![3, 20, 21].contains(i) {
            #expect(doc.utf8[i] == byte)
        }
        let euro = try #require(doc.text.range(of: "€"))
        #expect(doc.text.utf8.distance(from: doc.text.startIndex, to: euro.lowerBound) == original.count - 4)
        #expect(corpus.warnings.count == 1)
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "latin.txt")
        #expect(warning.message.contains("not valid UTF-8: 3 bytes (first at byte 3)"))
    }

    @Test func byteOrderMarkCRLFAndNULKeepEveryOffset() throws {
        let dir = try TempFolder()
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Ferry service resumed.\r\nThe mayor\u{0}spoke.\r\n".utf8)
        try dir.write("odd.txt", original)
        let corpus = try CorpusLoader.load(dir.path)
        let doc = try #require(corpus.documents.first)
        #expect(doc.utf8.count == original.count)
        #expect(Array(doc.utf8.prefix(3)) == [0x20, 0x20, 0x20])
        let sentences = SentenceSplitter.split(doc.utf8)
        #expect(sentences == [ByteRange(3, 25), ByteRange(27, 43)])
        #expect(doc.text(sentences[0]) == "Ferry service resumed.")
        #expect(doc.text(sentences[1]) == "The mayor spoke.")
        #expect(Array(original[27..<36]) == Array("The mayor".utf8))
        #expect(corpus.warnings == [LoadWarning(file: "odd.txt",
            message: "holds 1 NUL byte, read as spaces; offsets are unchanged")])
    }

    @Test func sidecarGivesMetadataAndIgnoresUnknownKeys() throws {
        let dir = try TempFolder()
        try dir.write("story.txt", "Talks ended on Tuesday.")
        try dir.write("story.yaml", """
            title: "Talks end: no deal"
            outlet: The Harbour Gazette
            author: Ines Varga
            published: 2023-04-05
            url: https://example.org/talks
            note: dated in the print edition
            section: world   # not a key chronicle knows
            tags: [talks, harbour]
            """)
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.warnings.isEmpty)
        let meta = try #require(corpus.documents.first?.metadata)
        #expect(meta == DocumentMetadata(title: "Talks end: no deal", outlet: "The Harbour Gazette",
                                         author: "Ines Varga", published: "2023-04-05",
                                         url: "https://example.org/talks", note: "dated in the print edition"))
    }

    @Test func aBadPublishedValueIsDroppedAloneWithAWarning() throws {
        let dir = try TempFolder()
        try dir.write("story.txt", "Talks ended on Tuesday.")
        try dir.write("story.yaml", "title: Talks end\npublished: next week\n")
        try dir.write("other.txt", "The vote was delayed.")
        try dir.write("other.yaml", "published: 2023-02-30\nauthor: [Ines, Karl]\nurl: 42\n")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.metadata.title) == [nil, "Talks end"])
        #expect(corpus.documents.allSatisfy { $0.metadata.published == nil })
        #expect(corpus.warnings.map(\.file) == ["other.yaml", "other.yaml", "other.yaml", "story.yaml"])
        let messages = corpus.warnings.map(\.message)
        #expect(messages.contains { $0.hasPrefix("author:") && $0.contains("expected text") })
        #expect(messages.contains { $0.hasPrefix("url:") && $0.contains("42") })
        #expect(messages.contains { $0.hasPrefix("published:") && $0.contains("2023-02-30") })
        #expect(messages.contains { $0.hasPrefix("published:") && $0.contains("next week") })
    }

    @Test func publishedAcceptsADateWithATimeAndKeepsTheDay() throws {
        #expect(Sidecar.publishedDate("2024-06-30T22:15:00Z") == CalendarDate(year: 2024, month: 6, day: 30))
        #expect(Sidecar.publishedDate("2024-06-30 08:00") == CalendarDate(year: 2024, month: 6, day: 30))
        #expect(Sidecar.publishedDate("2024-6-30") == nil)
        #expect(Sidecar.publishedDate("30/06/2024") == nil)
        #expect(Sidecar.publishedDate("2024-06-30x") == nil)
    }

    @Test func aMalformedSidecarLeavesTheArticleWithoutMetadata() throws {
        let dir = try TempFolder()
        try dir.write("story.txt", "Talks ended on Tuesday.")
        try dir.write("story.yaml", "title: [unclosed\noutlet: Gazette\n")
        try dir.write("list.txt", "Roads were closed.")
        try dir.write("list.yaml", "- just\n- a list\n")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents.allSatisfy { $0.metadata == DocumentMetadata() })
        let byFile = Dictionary(uniqueKeysWithValues: corpus.warnings.map { ($0.file, $0.message) })
        #expect(byFile["story.yaml"]?.hasPrefix("is not valid YAML") == true)
        #expect(byFile["list.yaml"]?.hasPrefix("is not a list of keys") == true, "\(byFile)")
        #expect(corpus.warnings.count == 2)
    }

    @Test func anUnreadableOrMisencodedSidecarIsReported() throws {
        let dir = try TempFolder()
        try dir.write("one.txt", "The bridge opened.")
        try dir.write("one.yaml", Array("title: Caf".utf8) + [0xE9] + Array("\n".utf8))
        try dir.write("two.txt", "The tunnel closed.")
        try FileManager.default.createDirectory(atPath: dir.file("two.yaml"), withIntermediateDirectories: false)
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents.allSatisfy { $0.metadata == DocumentMetadata() })
        #expect(corpus.warnings == [
            LoadWarning(file: "one.yaml", message: "is not valid UTF-8; metadata ignored"),
            LoadWarning(file: "two.yaml", message: "is a folder, not a file; metadata ignored"),
        ])
    }

    @Test func orphanSidecarsAreReportedButTheGazetteerIsNot() throws {
        let dir = try TempFolder()
        try dir.write("story.txt", "Talks ended on Tuesday.")
        try dir.write("stroy.yaml", "title: typo in the name\n")
        try dir.write("gazetteer.yaml", "places: []\n")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings.first?.file == "stroy.yaml")
        #expect(corpus.warnings.first?.message.contains("no article") == true)
    }

    @Test func textAndMarkdownOfTheSameNameGetDistinctIDs() throws {
        let dir = try TempFolder()
        try dir.write("note.txt", "Plain version.")
        try dir.write("note.md", "Markdown version.")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["note", "note.txt"])
        #expect(corpus.documents.map(\.file) == ["note.md", "note.txt"])
    }

    @Test func folderErrorsThrow() throws {
        let dir = try TempFolder()
        let file = try dir.write("single.txt", "One article.")
        #expect(throws: CorpusError.notFound(dir.file("missing"))) { try CorpusLoader.load(dir.file("missing")) }
        #expect(throws: CorpusError.notAFolder(file)) { try CorpusLoader.load(file) }
    }

    @Test func loadFileReadsOneArticleWithItsSidecar() throws {
        let dir = try TempFolder()
        let path = try dir.write("memo.txt", "The strike ended on Friday.")
        try dir.write("memo.yaml", "published: 2021-09-17\n")
        let inside = CorpusLoader.loadFile(path, relativeTo: dir.path)
        #expect(inside.warnings.isEmpty)
        #expect(inside.document?.file == "memo.txt")
        #expect(inside.document?.id == "memo")
        #expect(inside.document?.metadata.published == "2021-09-17")
        let alone = CorpusLoader.loadFile(path, relativeTo: nil)
        #expect(alone.document?.file == path)
        let missing = CorpusLoader.loadFile(dir.file("gone.txt"), relativeTo: dir.path)
        #expect(missing.document == nil)
        #expect(missing.warnings.first?.file == "gone.txt")
        #expect(missing.warnings.first?.message.contains("No such file") == true)
    }

    @Test func aSubfolderOfArticlesIsNamedNotReadSilently() throws {
        let dir = try TempFolder()
        try FileManager.default.createDirectory(atPath: dir.file("2019"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: dir.file("images"), withIntermediateDirectories: false)
        try dir.write("2019/ferry.txt", "The ferry sailed on 2 June 2019.")
        try dir.write("2019/port.md", "The port closed on 3 June 2019.")
        try dir.write("images/map.png", [0x89, 0x50, 0x4E, 0x47])
        try dir.write("top.txt", "Rain fell on 4 June 2019.")
        let corpus = try CorpusLoader.load(dir.path)
        #expect(corpus.documents.map(\.id) == ["top"])
        #expect(corpus.warnings == [LoadWarning(file: "2019", message:
            "a folder with 2 articles; subfolders are not read (give its path to read it)")])
    }

    @Test func loadFileTakesOneCharacterAndSlashEndedPaths() throws {
        // Foundation's path methods trapped on these; a folder is a warning, not a crash.
        for path in [".", "a", "q/"] {
            let result = CorpusLoader.loadFile(path, relativeTo: nil)
            #expect(result.document == nil)
            #expect(result.warnings.count == 1)
        }
        let dir = try TempFolder()
        let folder = CorpusLoader.loadFile(dir.path + "/", relativeTo: nil)
        #expect(folder.warnings.first?.message.contains("folder") == true)
        #expect(PathName.folder(of: "a") == "")
        #expect(PathName.folder(of: "/a") == "/")
        #expect(PathName.folder(of: "x/y/") == "x")
        #expect(PathName.lastComponent(of: "x/y/") == "y")
        #expect(PathName.lastComponent(of: ".") == ".")
        #expect(PathName.lastComponent(of: "/") == "/")
    }

    @Test func theBundledCorpusLoadsCleanlyWithItsMetadata() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
        let corpus = try CorpusLoader.load(root)
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.documents.count == 5)
        for doc in corpus.documents {
            let size = try FileManager.default.attributesOfItem(atPath: root + "/" + doc.file)[.size] as? Int
            #expect(doc.utf8.count == size)
            #expect(doc.metadata.published != nil)
            #expect(doc.metadata.note != nil)
        }
    }
}
