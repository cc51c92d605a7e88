import Testing
@testable import ChronicleCore

/// A search finds what lowering both texts and `contains` find, whichever way it takes.
@Suite struct SearchNeedleTests {
    let texts = ["The Ferry Union called a strike", "Talks in Zürich ended", "CAFÉ owners met", "cafe\u{301} owners met",
                 "A line\r\nbreak", "", "Ferry", "İstanbul talks", "A 5 \u{212A} rise in Zürich", "Zürich KIEL",
                 "Naïve Ferry", "e\u{301}te\u{301} ferry"]
    let needles = ["ferry union", "FERRY", "zür", "ZÜRICH", "café", "cafe", "owners", "line\r\nbreak", "\n",
                   "strike!", "ferry union called a strike and more", "istanbul", "i", "stanbul", "5 k", "k rise",
                   "kiel", "naive", "ete", "e", "te", "talks"]

    @Test func findsWhatLoweringAndContainsFind() {
        for text in texts {
            for needle in needles {
                #expect(SearchNeedle(needle).found(in: text) == text.lowercased().contains(needle.lowercased()),
                        "\(needle) in \(text)")
            }
        }
    }

    @Test func caseDoesNotMatterAndOtherWordsAreNotFound() {
        #expect(SearchNeedle("HARBOUR").found(in: "the harbour reopened"))
        #expect(!SearchNeedle("harbor").found(in: "the harbour reopened"))
        #expect(!SearchNeedle("reopened!").found(in: "the harbour reopened"))
    }

    @Test func aFilterKeepsTheEntriesWhoseSourcesMentionTheText() {
        func entry(_ id: Int, _ summary: String, source: String) -> Entry {
            Entry(id: id, date: TimeValue(day: CalendarDate(year: 2031, month: 3, day: 1)), kind: .other,
                  summary: summary, actors: [],
                  sources: [Source(documentID: "d", file: "d.txt", passage: ByteRange(0, 1), timex: nil, claimBy: nil,
                                   summary: source)])
        }
        let entries = [entry(1, "Dockers strike", source: "Dockers strike in Lisvane"),
                       entry(2, "Talks resume", source: "Talks resume after the STRIKE"),
                       entry(3, "Vote held", source: "Members vote")]
        #expect(EntryFilter(search: "Strike").apply(to: entries).map(\.id) == [1, 2])
        #expect(EntryFilter(search: "strike").apply(to: entries).map(\.id) == entries.filter(EntryFilter(search: "strike").matches).map(\.id))
    }
}
