import Testing
@testable import ChronicleCore

@Suite struct ExportReadableTests {
    private let chronology = ExportFixture.chronology()

    private func render(_ format: ExportFormat) -> String {
        ChronologyExporter.render(chronology.entries, of: chronology, as: format)
    }

    @Test func textGroupsByDateAndCitesEverySource() throws {
        let text = render(.text)
        #expect(text.hasPrefix("Chronology of news: 3 entries from 2 documents\n"))
        let month = try #require(text.range(of: "\n2025-12 (month)\n"))
        let day = try #require(text.range(of: "\n2025-12-02\n"))
        #expect(month.lowerBound < day.lowerBound)
        #expect(text.components(separatedBy: "\n2025-12-02\n").count == 2, "one heading for both entries of the day")
        #expect(text.contains("#2 [talks] Envoys met at the palace"))
        #expect(text.contains("Actors: Ana Ruiz (person), Tarvo (place)"))
        #expect(text.contains("1. “Harbour \"talks\" | end” — The Gazette — published 2025-12-03 (metadata)"))
        #expect(text.contains("a.txt, bytes 0–50, time “on Tuesday”, claimed by the ministry"))
        #expect(text.contains("a.txt, bytes 51–"))
        #expect(text.contains(", dated by the clause before, claimed by officials"))
        #expect(text.contains("“Envoys met at the palace on Tuesday, “calmly”.”"))
        #expect(text.contains("notes/b.md, bytes 0–"))
        #expect(text.contains("— undated"))
        #expect(text.contains("Published: 2025-12-03 (metadata)"))
        #expect(text.contains("Author: Ines Varga"))
    }

    @Test func aDecadeOrCenturyHeadingNamesItsFirstYear() throws {
        #expect(ExportText.dateLabel(try #require(TimeValue("200"))) == "2000s (decade)")
        #expect(ExportText.dateLabel(try #require(TimeValue("19"))) == "1900s (century)")
        #expect(ExportText.dateLabel(try #require(TimeValue("2025-12"))) == "2025-12 (month)")
    }

    @Test func textCarriesNoControlCharacters() {
        let text = render(.text)
        #expect(ExportFixture.controlScalars(text).isEmpty)
        #expect(text.contains("The talks \u{241B}[31mended"))
        #expect(text.contains("claimed by officials \u{241B}]0;x\u{2407}"))
    }

    @Test func markdownEscapesWhatWouldBecomeMarkup() {
        let md = render(.markdown)
        #expect(md.hasPrefix("# Chronology of news\n\n3 entries from 2 documents.\n"))
        #expect(md.contains("\n## 2025-12 (month)\n"))
        #expect(md.contains("\n### 2. Envoys met at the palace\n"))
        #expect(md.contains("*talks* · actors: Ana Ruiz (person), Tarvo (place)"))
        #expect(md.contains("1. **Harbour \"talks\" \\| end** — The Gazette — published 2025-12-03 (metadata)"))
        #expect(md.contains("a.txt, bytes 0–50, time “on Tuesday”"))
        #expect(md.contains(", dated by the clause before, claimed by officials"))
        #expect(md.contains("   > \\=HYPERLINK(\"http://evil\") \\[link\\](http://x) \\<b\\>port\\</b\\> closed in December."))
        #expect(!md.contains("[link]("))
        #expect(!md.contains("<b>"))
        #expect(ExportFixture.controlScalars(md).isEmpty)
        #expect(md.contains("- a.txt: **Harbour \"talks\" \\| end**, The Gazette, by Ines Varga, published 2025-12-03"))
    }

    @Test func markdownEscapeNeutralisesLineStartMarkers() {
        #expect(MarkdownExport.escape("- not a list") == "\\- not a list")
        #expect(MarkdownExport.escape("12. not a list") == "12\\. not a list")
        #expect(MarkdownExport.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownExport.escape("plain 12. text - ok") == "plain 12. text - ok")
    }

    @Test func csvHasOneRowPerSourceAndParsesBack() throws {
        let csv = render(.csv)
        #expect(ExportFixture.controlScalars(csv, allowCR: true).isEmpty)
        #expect(csv.hasSuffix("\r\n"))
        let rows = try CSVReader.parse(csv)
        #expect(rows.first == CSVExport.header)
        #expect(rows.count == 1 + 1 + 2 + 1, "header, month entry, two sources, an entry with none")
        #expect(rows.allSatisfy { $0.count == CSVExport.header.count })
        let column = Dictionary(uniqueKeysWithValues: CSVExport.header.enumerated().map { ($1, $0) })
        let talks = rows[2]
        #expect(talks[column["entry"]!] == "2")
        #expect(talks[column["actors"]!] == "Ana Ruiz; Tarvo")
        #expect(talks[column["title"]!] == "Harbour \"talks\" | end")
        #expect(talks[column["start"]!] == "0" && talks[column["end"]!] == "50")
        #expect(talks[column["passage"]!] == "Envoys met at the palace on Tuesday, “calmly”.")
        #expect(talks[column["basis"]!] == "text" && talks[column["timex"]!] == "on Tuesday")
        #expect(rows[3][column["basis"]!] == "context" && rows[3][column["timex"]!] == "")
        let month = rows[1]
        #expect(month[column["passage"]!].hasPrefix("'=HYPERLINK"), "formula guarded")
        #expect(month[column["summary"]!] == "The port closed, = \"shut\"")
        #expect(month[column["published"]!] == "")
        #expect(rows[4][column["file"]!] == "")
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(CSVExport.field(.plain("plain")) == "plain")
        #expect(CSVExport.field(.text("a, b")) == "\"a, b\"")
        #expect(CSVExport.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field(.text("line\r\nbreak")) == "line break")
        #expect(CSVExport.field(.text("@cmd")) == "'@cmd")
    }

    @Test func formatsAreInferredFromTheFileName() {
        #expect(ExportFormat.infer(fromPath: "out/chronology.json") == .json)
        #expect(ExportFormat.infer(fromPath: "Timeline.MD") == .markdown)
        #expect(ExportFormat.infer(fromPath: "a.markdown") == .markdown)
        #expect(ExportFormat.infer(fromPath: "rows.csv") == .csv)
        #expect(ExportFormat.infer(fromPath: "notes.txt") == .text)
        #expect(ExportFormat.infer(fromPath: "archive.tar.gz") == nil)
        #expect(ExportFormat.infer(fromPath: "README") == nil)
        #expect(ExportFormat.infer(fromPath: "dir.v2/.json") == nil)
    }
}

/// A strict RFC 4180 reader for checking the export: quoted fields, doubled quotes, CRLF.
enum CSVReader {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                row.append(field); field = ""
            case "\r":
                guard chars.popFirst() == "\n" else { throw Malformed() }
                row.append(field); field = ""
                rows.append(row); row = []
            case "\n":
                throw Malformed()
            default:
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed() }
        return rows
    }
}
