import Testing
import Foundation
@testable import ChronicleCore

@Suite struct ExportJSONTests {
    private func parse() throws -> [String: Any] {
        let chronology = ExportFixture.chronology()
        let json = ChronologyExporter.render(chronology.entries, of: chronology, as: .json)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func topLevelHoldsDocumentsEntriesAndActors() throws {
        let root = try parse()
        #expect(Set(root.keys) == ["documents", "entries", "actors"])
    }

    @Test func documentsCarryTitleAndPublicationDateWithItsSource() throws {
        let docs = try #require(try parse()["documents"] as? [[String: Any]])
        #expect(docs.count == 2)
        for doc in docs { #expect(Set(doc.keys) == ["id", "file", "title", "published", "publishedFrom"]) }
        #expect(docs[0]["id"] as? String == "a")
        #expect(docs[0]["title"] as? String == "Harbour \"talks\" | end")
        #expect(docs[0]["published"] as? String == "2025-12-03")
        #expect(docs[0]["publishedFrom"] as? String == "metadata")
        #expect(docs[1]["file"] as? String == "notes/b.md")
        #expect(docs[1]["title"] as? String == "=HYPERLINK(\"http://evil\") [link](http://x) <b>port</b> closed in December.")
        #expect(docs[1]["published"] is NSNull)
        #expect(docs[1]["publishedFrom"] is NSNull)
    }

    @Test func entriesCarryDateKindActorsAndByteExactSources() throws {
        let entries = try #require(try parse()["entries"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? Int } == [1, 2, 3])
        for entry in entries {
            #expect(Set(entry.keys) == ["id", "date", "granularity", "value", "kind", "summary", "actors", "sources"])
        }
        let talks = entries[1]
        #expect(talks["date"] as? String == "2025-12-02")
        #expect(talks["granularity"] as? String == "day")
        #expect(talks["value"] as? String == "2025-12-02")
        #expect(talks["kind"] as? String == "talks")
        let actors = try #require(talks["actors"] as? [[String: String]])
        #expect(actors == [["name": "Ana Ruiz", "kind": "person"], ["name": "Tarvo", "kind": "place"]])
        let sources = try #require(talks["sources"] as? [[String: Any]])
        #expect(sources.count == 2)
        for source in sources {
            #expect(Set(source.keys) == ["document", "file", "start", "end", "basis", "timex", "claimBy"])
        }
        #expect(sources[0]["start"] as? Int == 0 && sources[0]["end"] as? Int == 50)
        #expect(sources[0]["basis"] as? String == "text")
        #expect(sources[0]["timex"] as? String == "on Tuesday")
        // A source dated by the clause it continues has no time expression.
        #expect(sources[1]["basis"] as? String == "context")
        #expect(sources[1]["timex"] is NSNull)
        #expect(sources[0]["claimBy"] as? String == "the ministry")
        // Exact text survives (escaped in the file, restored by the parser).
        #expect(sources[1]["claimBy"] as? String == "officials \u{1B}]0;x\u{07}")
        #expect(entries[0]["granularity"] as? String == "month")
        let monthSources = try #require(entries[0]["sources"] as? [[String: Any]])
        #expect(monthSources.first?["claimBy"] is NSNull)
        #expect((entries[2]["sources"] as? [Any])?.isEmpty == true)
    }

    @Test func actorsListEveryActorWithAliasesAndMentions() throws {
        let actors = try #require(try parse()["actors"] as? [[String: Any]])
        #expect(actors.count == 2)
        #expect(Set(actors[0].keys) == ["name", "kind", "aliases", "mentions"])
        #expect(actors[0]["aliases"] as? [String] == ["Ana Ruiz", "Ruiz"])
        #expect(actors[0]["mentions"] as? Int == 3)
    }

    @Test func outputIsStableAndCarriesNoRawControlCharacters() {
        let chronology = ExportFixture.chronology()
        let first = ChronologyExporter.render(chronology.entries, of: chronology, as: .json)
        let second = ChronologyExporter.render(chronology.entries, of: chronology, as: .json)
        #expect(first == second)
        #expect(ExportFixture.controlScalars(first).isEmpty)
        #expect(first.contains("\\u001b]0;x\\u0007"))
        #expect(first.hasPrefix("{\n  \"documents\": [\n    {\"id\": \"a\", \"file\": \"a.txt\""))
    }

    @Test func onlyTheGivenEntriesAreExportedButAllDocumentsAndActors() throws {
        let chronology = ExportFixture.chronology()
        let json = ChronologyExporter.render([chronology.entries[1]], of: chronology, as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((root["entries"] as? [Any])?.count == 1)
        #expect((root["documents"] as? [Any])?.count == 2)
        #expect((root["actors"] as? [Any])?.count == 2)
    }

    @Test func stringsEscapeQuotesBackslashesAndBidiControls() {
        var out = ""
        JSONValue.writeString("a\"b\\c\nd\u{202E}e\u{2028}", into: &out)
        #expect(out == "\"a\\\"b\\\\c\\nd\\u202ee\\u2028\"")
    }
}

@Suite struct ExportJSONReferenceTests {
    @Test func anActorReferredToCarriesTheWordsThatStandForIt() throws {
        var chronology = ExportFixture.chronology()
        chronology.entries[1].actors = [ActorRef(name: "Ana Ruiz", kind: .person, via: "she"),
                                        ActorRef(name: "Tarvo", kind: .place)]
        let json = ChronologyExporter.render(chronology.entries, of: chronology, as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(root["entries"] as? [[String: Any]])
        let actors = try #require(entries[1]["actors"] as? [[String: Any]])
        #expect(actors[0]["via"] as? String == "she")
        #expect(Set(actors[1].keys) == ["name", "kind"])
    }
}
