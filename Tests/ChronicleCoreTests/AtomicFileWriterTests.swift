import Testing
import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import ChronicleCore

@Suite struct AtomicFileWriterTests {
    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func writesANewFileAndLeavesNothingElse() throws {
        let dir = try TempFolder()
        try AtomicFileWriter.write(Array("first draft\n".utf8), to: dir.file("out.txt"), overwrite: false)
        #expect(read(dir.file("out.txt")) == "first draft\n")
        #expect(try dir.names() == ["out.txt"])
    }

    @Test func refusesToReplaceAnExistingFile() throws {
        let dir = try TempFolder()
        try dir.write("out.json", "{\"keep\": true}")
        #expect(throws: AtomicFileWriter.Failure.exists(path: dir.file("out.json"))) {
            try AtomicFileWriter.write(Array("new".utf8), to: dir.file("out.json"), overwrite: false)
        }
        #expect(read(dir.file("out.json")) == "{\"keep\": true}")
        #expect(try dir.names() == ["out.json"])
    }

    @Test func replacesWhenAskedAndKeepsTheFileMode() throws {
        let dir = try TempFolder()
        let path = try dir.write("out.csv", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFileWriter.write(Array("new,content\r\n".utf8), to: path, overwrite: true)
        #expect(read(path) == "new,content\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try dir.names() == ["out.csv"])
    }

    @Test func overwriteAlsoCreatesAMissingFile() throws {
        let dir = try TempFolder()
        try AtomicFileWriter.write([], to: dir.file("empty.md"), overwrite: true)
        #expect(read(dir.file("empty.md")) == "")
    }

    @Test func aMissingFolderFailsCleanly() throws {
        let dir = try TempFolder()
        let target = dir.file("no/such/folder/out.txt")
        #expect(throws: AtomicFileWriter.Failure.folderMissing(path: target, folder: dir.file("no/such/folder"))) {
            try AtomicFileWriter.write(Array("x".utf8), to: target, overwrite: true)
        }
        #expect(try dir.names().isEmpty)
        let message = AtomicFileWriter.Failure.folderMissing(path: target, folder: dir.file("no/such/folder")).description
        #expect(message.contains("does not exist"))
    }

    @Test func aFileInPlaceOfTheFolderFailsCleanly() throws {
        let dir = try TempFolder()
        let blocker = try dir.write("report.txt", "I am a file")
        #expect(throws: AtomicFileWriter.Failure.notAFolder(path: blocker + "/out.txt", folder: blocker)) {
            try AtomicFileWriter.write(Array("x".utf8), to: blocker + "/out.txt", overwrite: false)
        }
        #expect(read(blocker) == "I am a file")
    }

    @Test func aFolderAtTheTargetIsNeverReplaced() throws {
        let dir = try TempFolder()
        try FileManager.default.createDirectory(atPath: dir.file("out.json"), withIntermediateDirectories: false)
        #expect(throws: AtomicFileWriter.Failure.isFolder(path: dir.file("out.json"))) {
            try AtomicFileWriter.write(Array("x".utf8), to: dir.file("out.json"), overwrite: true)
        }
        #expect(try dir.names() == ["out.json"])
    }

    @Test func anUnwritableFolderFailsWithTheReasonAndNoTempFile() throws {
        let dir = try TempFolder()
        var folder = dir.file("locked")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        if FileManager.default.isWritableFile(atPath: folder) {
            // Running as root, permissions do not stop writing; /proc refuses new files.
            try #require(FileReader.isDirectory("/proc") == true, "no way to make a folder unwritable here")
            folder = "/proc"
        }
        let target = folder + "/chronicle-out.txt"
        do {
            try AtomicFileWriter.write(Array("x".utf8), to: target, overwrite: false)
            Issue.record("wrote into a folder that refuses new files")
        } catch let failure as AtomicFileWriter.Failure {
            #expect(failure.description.hasPrefix("cannot write \(target): "))
            // The reason is about the folder, not the file the user named.
            #expect(failure.description.contains("no file can be created in \(folder) ("))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("chronicle-out") }
        #expect(leftovers.isEmpty)
    }

    @Test func aNewFileGetsTheUsualModeLessTheUmask() throws {
        let dir = try TempFolder()
        let target = dir.file("new.md")
        try AtomicFileWriter.write(Array("x".utf8), to: target, overwrite: false)
        #expect(SpecialFileTargets.mode(target) == 0o666 & ~SpecialFileTargets.currentUmask())
        let forced = dir.file("forced.md")
        try AtomicFileWriter.write(Array("x".utf8), to: forced, overwrite: true)
        #expect(SpecialFileTargets.mode(forced) == 0o666 & ~SpecialFileTargets.currentUmask())
    }

    @Test func aReplacedFileKeepsAModeTheUmaskWouldNarrow() throws {
        let dir = try TempFolder()
        let path = try dir.write("shared.txt", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path)
        try AtomicFileWriter.write(Array("new".utf8), to: path, overwrite: true)
        #expect(SpecialFileTargets.mode(path) == 0o666)
    }

    @Test func aFIFOIsNeverReplacedEvenWhenAsked() throws {
        let dir = try TempFolder()
        let target = dir.file("pipe.txt")
        try SpecialFileTargets.fifo(at: target)
        for overwrite in [false, true] {
            #expect(throws: AtomicFileWriter.Failure.notRegularFile(path: target, what: "a FIFO (named pipe)")) {
                try AtomicFileWriter.write(Array("x".utf8), to: target, overwrite: overwrite)
            }
        }
        #expect(SpecialFileTargets.fileType(target) == S_IFIFO)
        #expect(try dir.names() == ["pipe.txt"])
    }

    @Test func aSymbolicLinkIsNeverReplacedNorWrittenThrough() throws {
        let dir = try TempFolder()
        let real = try dir.write("real.txt", "the original")
        let link = dir.file("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        #expect(throws: AtomicFileWriter.Failure.notRegularFile(path: link, what: "a symbolic link")) {
            try AtomicFileWriter.write(Array("x".utf8), to: link, overwrite: true)
        }
        #expect(SpecialFileTargets.fileType(link) == S_IFLNK)
        #expect(read(real) == "the original")
        let message = AtomicFileWriter.Failure.notRegularFile(path: link, what: "a symbolic link").description
        #expect(message == "\(link) is a symbolic link, not a regular file; not replaced")
    }

    @Test(.enabled(if: geteuid() == 0, "only root can make a device node"))
    func aDeviceNodeIsNeverReplaced() throws {
        let dir = try TempFolder()
        let target = dir.file("null")
        try #require(SpecialFileTargets.nullDevice(at: target))
        #expect(throws: AtomicFileWriter.Failure.notRegularFile(path: target, what: "a character device")) {
            try AtomicFileWriter.write(Array("x".utf8), to: target, overwrite: true)
        }
        #expect(SpecialFileTargets.fileType(target) == S_IFCHR)
        #expect(try dir.names() == ["null"])
    }
}
