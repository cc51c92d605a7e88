import Foundation
import Testing
@testable import ChronicleCore

/// An export says what produced it: corpus, filters and range in the header of text and
/// Markdown, under "query" in JSON; CSV stays plain rows.
@Suite struct ExportQueryTests {
    private let query = ExportQuery(corpus: "harbour-news",
                                    filter: EntryFilter(actors: ["Tarvo", "Ana Ruiz"], kinds: [.talks],
                                                        from: TimeValue("2025-12")),
                                    pattern: "palace", range: 2...3, shown: 7)

    @Test func textAndMarkdownStateTheQueryUnderTheTitle() {
        let c = ExportFixture.chronology()
        let text = ChronologyExporter.render(c.entries, of: c, as: .text, query: query)
        let second = text.split(separator: "\n")[1]
        #expect(second == "(made by chronicle \(ChronicleVersion.current) from harbour-news, actors Ana Ruiz or Tarvo; kind talks; from 2025-12; matching “palace”, entries 2–3 of the 7 shown)")
        let md = ChronologyExporter.render(c.entries, of: c, as: .markdown, query: query)
        #expect(md.contains("*Made by chronicle \(ChronicleVersion.current) from harbour-news, actors Ana Ruiz or Tarvo; kind talks"))
        // Without filters the header says so, with no range.
        let plain = ChronologyExporter.render(c.entries, of: c, as: .text, query: ExportQuery(corpus: "harbour-news"))
        #expect(plain.split(separator: "\n")[1] == "(made by chronicle \(ChronicleVersion.current) from harbour-news, all entries)")
    }

    @Test func jsonCarriesTheQueryAsData() throws {
        let c = ExportFixture.chronology()
        let json = ChronologyExporter.render(c.entries, of: c, as: .json, query: query)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let q = try #require(top["query"] as? [String: Any])
        #expect(q["corpus"] as? String == "harbour-news")
        #expect(q["actors"] as? [String] == ["Ana Ruiz", "Tarvo"])
        #expect(q["kinds"] as? [String] == ["talks"])
        #expect(q["from"] as? String == "2025-12")
        #expect(q["to"] is NSNull)
        #expect(q["pattern"] as? String == "palace")
        let range = try #require(q["range"] as? [String: Int])
        #expect(range == ["first": 2, "last": 3, "of": 7])
        // Without a query, no key: a program's own output keeps its shape.
        let bare = ChronologyExporter.render(c.entries, of: c, as: .json)
        #expect(!bare.contains("\"query\""))
    }

    @Test func csvStaysPlainRows() {
        let c = ExportFixture.chronology()
        #expect(ChronologyExporter.render(c.entries, of: c, as: .csv, query: query)
                == ChronologyExporter.render(c.entries, of: c, as: .csv))
    }
}
