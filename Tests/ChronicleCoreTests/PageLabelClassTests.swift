import Testing
@testable import ChronicleCore

/// The labels that date a page, the cues that a date near its top is someone else's, and
/// the openings of links and copyright lines are lexicon classes a corpus may change.
@Suite struct PageLabelClassTests {
    static func byline(_ text: String, lexicon: Lexicon = .bundled) -> CreationDate? {
        let bytes = Array(text.utf8)
        return DateMentions(bytes, tokens: TimeTokens(bytes, lexicon: lexicon)).byline()
    }

    static func isFurniture(_ text: String, _ lexicon: Lexicon = .bundled) -> Bool {
        let bytes = Array(text.utf8)
        return FurnitureDetector.isFurniture(bytes, ByteRange(0, bytes.count), lexicon: lexicon)
    }

    static func changed(_ yaml: String) -> Lexicon { ReferenceLexiconTests.changed(yaml) }

    @Test func aBylineLabelDatesThePage() throws {
        let text = "Harbour notes\nA ferry strike, May 4, 2023\nStamped: June 1, 2023\n\nThe ferries ran late.\n"
        #expect(try #require(Self.byline(text)).date == CalendarDate(year: 2023, month: 5, day: 4))
        let stamped = Self.changed("bylineLabel:\n  add: [stamped]\n")
        let d = try #require(Self.byline(text, lexicon: stamped))
        #expect(d.date == CalendarDate(year: 2023, month: 6, day: 1))
        #expect(d.evidence.hasPrefix("Stamped"))
    }

    @Test func anUpdateLabelYieldsToAMuchOlderByline() throws {
        let asUpdate = Self.changed("updateLabel:\n  add: [revised]\n")
        let asPublished = Self.changed("bylineLabel:\n  add: [revised]\n")
        let close = "Dana Hale, June 10, 2005\nRevised: June 13, 2005\nThe pier reopened.\n"
        #expect(try #require(Self.byline(close)).date == CalendarDate(year: 2005, month: 6, day: 10))
        #expect(try #require(Self.byline(close, lexicon: asUpdate)).date == CalendarDate(year: 2005, month: 6, day: 13))
        let far = "Dana Hale, March 2, 2004\nRevised: June 13, 2005\nThe pier reopened.\n"
        #expect(try #require(Self.byline(far, lexicon: asUpdate)).date == CalendarDate(year: 2004, month: 3, day: 2))
        #expect(try #require(Self.byline(far, lexicon: asPublished)).date == CalendarDate(year: 2005, month: 6, day: 13))
    }

    @Test func aNotPublicationCueHidesTheDateAfterIt() throws {
        let text = "Profile\nEnlisted: April 2, 2012\n"
        #expect(try #require(Self.byline(text)).date == CalendarDate(year: 2012, month: 4, day: 2))
        #expect(Self.byline(text, lexicon: Self.changed("notPublicationCue:\n  add: [enlisted]\n")) == nil)
    }

    @Test func linkAndCopyrightOpeningsAreFurniture() {
        #expect(Self.isFurniture("www.harbour-news.example/ferries/strike-ends-today-as-talks-succeed-after-weeks"))
        #expect(Self.isFurniture("© 2021 Harbour Press. The ferry strike ended on Monday after weeks of talks."))
        #expect(!Self.isFurniture("The ferry strike ended on Monday after weeks of talks in the port."))
        let gopher = "gopher://harbour.example/strike ended on Monday after weeks of talks in the port"
        #expect(!Self.isFurniture(gopher))
        #expect(Self.isFurniture(gopher, Self.changed("linkPrefix:\n  add: [\"gopher://\"]\n")))
        let mark = "Harbour Press (p) 2021 kept the rights to the photographs of the ferry strike."
        #expect(!Self.isFurniture(mark))
        #expect(Self.isFurniture(mark, Self.changed("copyrightMark:\n  add: [\"(p) 20\"]\n")))
    }
}
