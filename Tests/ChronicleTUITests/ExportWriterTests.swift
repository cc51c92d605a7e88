import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct ExportWriterTests {
    func tempFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func writesTheFormatTheExtensionNamesAndReportsTheFullPath() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = Fixture.chronology()
        let outcome = ExportWriter.write(Array(c.entries[0...1]), c, "two.json", false, folder: folder)
        #expect(outcome == .exported(path: folder + "/two.json", count: 2))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/two.json"))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
        let md = ExportWriter.write(c.entries, c, "all.md", false, folder: folder)
        #expect(md == .exported(path: folder + "/all.md", count: 5))
        let text = try String(contentsOfFile: folder + "/all.md", encoding: .utf8)
        #expect(text.contains("harbour accord"))
    }

    @Test func anExistingFileIsAQuestionThenReplacedOnYes() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = Fixture.chronology()
        try "keep me".write(toFile: folder + "/x.txt", atomically: true, encoding: .utf8)
        #expect(ExportWriter.write(c.entries, c, "x.txt", false, folder: folder) == .exportTargetExists(path: "x.txt"))
        #expect(try String(contentsOfFile: folder + "/x.txt", encoding: .utf8) == "keep me")
        #expect(ExportWriter.write(c.entries, c, "x.txt", true, folder: folder) == .exported(path: folder + "/x.txt", count: 5))
        #expect(try String(contentsOfFile: folder + "/x.txt", encoding: .utf8) != "keep me")
    }

    @Test func unknownExtensionOrMissingFolderFailsWithAReason() throws {
        let c = Fixture.chronology()
        guard case .exportFailed(let why) = ExportWriter.write(c.entries, c, "out.xlsx", false, folder: "/tmp") else {
            Issue.record("an unknown extension should fail"); return
        }
        #expect(why.contains(".csv"))
        guard case .exportFailed(let missing) = ExportWriter.write(c.entries, c, "/nonexistent-folder-x/a.md", false, folder: "/tmp") else {
            Issue.record("a missing folder should fail"); return
        }
        #expect(missing.contains("does not exist"))
    }

    @Test func tildeIsTheHomeFolder() throws {
        let home = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let c = Fixture.chronology()
        let outcome = ExportWriter.write(c.entries, c, "~/t.csv", false, folder: "/nonexistent-cwd", home: home)
        #expect(outcome == .exported(path: home + "/t.csv", count: 5))
        #expect(FileManager.default.fileExists(atPath: home + "/t.csv"))
    }

    @Test func aFolderAsTargetAsksForAFileName() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = Fixture.chronology()
        guard case .exportFailed(let why) = ExportWriter.write(c.entries, c, folder, false, folder: "/") else {
            Issue.record("a folder is no export target"); return
        }
        #expect(why.contains("is a folder"))
        #expect(why.contains(folder + "/chronicle.md"))
    }

    @Test func failuresNameThePathAsTypedAndFitANarrowLine() throws {
        let c = Fixture.chronology()
        guard case .exportFailed(let why) = ExportWriter.write(c.entries, c, "nosuch/x.md", false, folder: "/tmp/some/long/working/folder") else {
            Issue.record("a missing folder should fail"); return
        }
        #expect(why == "cannot write nosuch/x.md: the folder nosuch does not exist")
    }

    @Test func aLongStatusEndsInAnEllipsisNotMidWord() {
        var s = Fixture.state(rows: 12, cols: 40)
        _ = Reducer.reduce(&s, .exportFailed("cannot write /a/very/long/path/that/goes/on/and/on.md: no space left"))
        let footer = s.screen.lines[11]
        #expect(footer.hasSuffix("…"))
        #expect(TextWidth.width(footer) <= 40)
    }

    @Test func aFIFOOrALinkIsRefusedWithoutAskingToOverwrite() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = Fixture.chronology()
        #expect(mkfifo(folder + "/pipe.md", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "/etc/hostname")
        for (name, what) in [("pipe.md", "a FIFO (named pipe)"), ("link.md", "a symbolic link")] {
            let expected = Action.exportFailed("\(name) is \(what), not a regular file; not replaced")
            // Neither a first try nor a confirmed overwrite touches the node.
            #expect(ExportWriter.write(c.entries, c, name, false, folder: folder) == expected)
            #expect(ExportWriter.write(c.entries, c, name, true, folder: folder) == expected)
        }
        var info = stat()
        #expect(lstat(folder + "/pipe.md", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md") == "/etc/hostname")
    }
}
