import Testing
@testable import ChronicleCore

@Suite struct CreationDateResolverTests {
    func resolve(_ text: String, published: String? = nil) -> CreationDateResolution {
        let doc = Document(id: "t", file: "t.txt", utf8: Array(text.utf8), metadata: DocumentMetadata(published: published))
        return CreationDateResolver.resolve(doc, tagger: TimeTagger())
    }

    @Test func sidecarDateComesFirst() {
        let r = resolve("Anna Berg, March 3, 2021\n\nThe dam held.", published: "2021-03-04")
        #expect(r.date?.date == CalendarDate(year: 2021, month: 3, day: 4))
        #expect(r.date?.source == .metadata)
    }

    @Test func badSidecarValueIsReportedAndBylineUsed() {
        let r = resolve("Port Report\n\nAnna Berg, March 3, 2021\n\nThe dam held on Monday.", published: "03/04/2021")
        #expect(r.date?.date == CalendarDate(year: 2021, month: 3, day: 3))
        #expect(r.date?.source == .byline)
        #expect(r.problem?.contains("03/04/2021") == true)
    }

    @Test func weekdayWithMonthDayFixesTheYear() throws {
        // 14 October fell on a Monday in 2019 and in 2024; the full date of 2019 bounds it.
        let text = """
        Flood barriers rise

        Engineers raised the barriers on Monday, October 14, after heavy rain.
        The river authority said Tuesday that levels were falling. Work was ordered on 2 September 2019 after a long and bitter dispute over costs.
        """
        let r = resolve(text)
        let d = try #require(r.date)
        #expect(d.source == .inferred)
        #expect(d.date == CalendarDate(year: 2019, month: 10, day: 15))
        #expect(d.evidence.contains("2019"))
    }

    @Test func withoutFullDateTheYearJustAfterTheLatestNamedOneFits() throws {
        // 15 January was a Tuesday in 2019, two years after the last year the text names.
        let text = "The strike began on Tuesday, January 15. Unions had last struck in 2017.\nTalks resumed Thursday."
        let d = try DateMentions(Array(text.utf8)).inferred().get()
        #expect(d.date.year == 2019)
        #expect(d.date >= CalendarDate(year: 2019, month: 1, day: 15))
        // With no year named, a weekday fits many years and none is taken.
        let open = "The strike began on Tuesday, January 15.\nTalks resumed Thursday."
        guard case .failure(let why) = DateMentions(Array(open.utf8)).inferred() else {
            Issue.record("a weekday alone chose a year")
            return
        }
        #expect(why.message.contains("names no year"))
    }

    @Test func aBareISODateOnTheFirstLineDatesTheText() throws {
        for text in ["2024-10-15\n\nFerry crews return\n\nCrews went back to work on Tuesday, October 15, 2024, the union said.\n",
                     "2024-10-15\nFerry crews return\nTuesday, October 15, 2024\nCrews went back to work on Tuesday.\n"] {
            let d = try #require(resolve(text).date)
            #expect(d.date == CalendarDate(year: 2024, month: 10, day: 15))
        }
        // An ISO date inside a sentence further down is no byline.
        let r = resolve("Ferry crews return\n\nCrews went back to work on Tuesday. The strike began on 2024-09-12 and lasted weeks, the union said.\n")
        #expect(r.date?.source != .byline)
    }

    @Test func labelledDateLineIsAByline() throws {
        let text = "Ferry service resumes\n\nCrews worked through the night. Updated 6:05 p.m. GMT, April 3, 2023. More follows.\n"
        let d = try #require(resolve(text).date)
        #expect(d.source == .byline)
        #expect(d.date == CalendarDate(year: 2023, month: 4, day: 3))
        #expect(d.evidence.hasSuffix("April 3, 2023"))
    }

    @Test func copyrightFooterIsNotAPublicationDate() {
        let text = "Quiet week at the harbour.\n\nBoats stayed in.\n\n© 2031 Harbour Times. All rights reserved. January 5, 2031"
        let r = resolve(text)
        #expect(r.date == nil)
        #expect(r.problem != nil)
    }

    @Test func noAnchorLeavesTheDateUnknown() {
        let r = resolve("The convoy moved north on Sunday, days after the first shelling.")
        #expect(r.date == nil)
        #expect(r.problem?.contains("no publication date") == true)
    }

    @Test func latestFullDateBoundsTheInference() throws {
        let text = "In a long piece of analysis, we look back.\nThe treaty of June 2, 2015 was followed by the summit on 9 November 2016, where envoys quarrelled over procedure and protocol for many hours.\n"
        let r = resolve(text)
        #expect(try #require(r.date).date == CalendarDate(year: 2016, month: 11, day: 9))
    }

    @Test func aDatedSentenceNearTheTopIsNotAByline() throws {
        let text = "Bridge opens\n\nOn 4 March 2024 Mayor Anna Berg opened the bridge.\nTraffic crossed it on Tuesday.\n"
        let d = try #require(resolve(text).date)
        #expect(d.source == .inferred)
    }

    @Test func aBylineOpeningAOneLineArticleIsFound() throws {
        // Pasted articles often arrive as one line; the byline at its start still counts,
        // and the many dates after it are each weighed once.
        let body = (1...400).map { "On March \($0 % 28 + 1), 2021 the crews inspected the dam." }.joined(separator: " ")
        let d = try #require(resolve("By Anna Berg, April 2, 2021 " + body).date)
        #expect(d.source == .byline)
        #expect(d.date == CalendarDate(year: 2021, month: 4, day: 2))
        let inferred = try #require(resolve(body).date)
        #expect(inferred.source == .inferred)
        #expect(inferred.date == CalendarDate(year: 2021, month: 3, day: 28))
    }
}
