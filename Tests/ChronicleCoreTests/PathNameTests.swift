import Testing
@testable import ChronicleCore

struct PathNameTests {
    @Test func joinsWithOneSlashAndKeepsABareName() {
        #expect(PathName.join("notes", "a.txt") == "notes/a.txt")
        #expect(PathName.join("notes/", "a.txt") == "notes/a.txt")
        #expect(PathName.join("", "a.txt") == "a.txt")
        #expect(PathName.join("/", "a.txt") == "/a.txt")
    }

    @Test func relativeDropsOnlyAWholeLeadingFolder() {
        #expect(PathName.relative("story/a.txt", to: "story") == "a.txt")
        #expect(PathName.relative("story/a.txt", to: "story/") == "a.txt")
        #expect(PathName.relative("story/sub/a.txt", to: "story") == "sub/a.txt")
        // "stor" is a prefix of the string, not a folder of the path.
        #expect(PathName.relative("story/a.txt", to: "stor") == "story/a.txt")
        #expect(PathName.relative("elsewhere/a.txt", to: "story") == "elsewhere/a.txt")
        #expect(PathName.relative("story", to: "story") == "story")
        #expect(PathName.relative("a.txt", to: "") == "a.txt")
    }

    @Test func extensionIsLowercasedAndAbsentForDotFiles() {
        #expect(PathName.fileExtension(of: "out/Report.MD") == "md")
        #expect(PathName.fileExtension(of: "archive.tar.gz") == "gz")
        #expect(PathName.fileExtension(of: ".hidden") == "")
        #expect(PathName.fileExtension(of: "README") == "")
        #expect(PathName.fileExtension(of: "dir.d/README") == "")
    }

    @Test func stemAndExtensionOfAnArticleName() {
        #expect(CorpusLoader.split("talks.txt") == ("talks", "txt"))
        #expect(CorpusLoader.split("a.b.md") == ("a.b", "md"))
        #expect(CorpusLoader.split(".profile") == (".profile", ""))
        #expect(CorpusLoader.split("notes") == ("notes", ""))
    }
}
