import Testing
@testable import ChronicleCore

/// A wire dateline gives the day of filing.
@Suite struct CreationDateDatelineTests {
    func infer(_ text: String) throws -> CreationDate {
        try DateMentions(Array(text.utf8)).inferred().get()
    }

    @Test func aDatelineIsTheDayOfFilingAfterAnOlderCaption() throws {
        let text = """
        Talks on grain corridor resume

        Minister Anna Berg in Lyon, France, November 3, 2020. REUTERS/File Photo

        GENEVA, June 8 (Reuters) - Negotiators resumed talks on a grain corridor on Tuesday, two diplomats said, after a pause of several weeks.
        """
        let d = try infer(text)
        #expect(d.date == CalendarDate(year: 2021, month: 6, day: 8))
        #expect(d.evidence.contains("dateline"))
    }

    @Test func aDashAfterTheDayMarksADatelineToo() throws {
        let text = "Harbour reopens\n\nST. JOHN'S, Oct. 12 — The harbour reopened after the storm, officials said Friday. It had closed on October 9, 2024.\n"
        let d = try infer(text)
        #expect(d.date == CalendarDate(year: 2024, month: 10, day: 12))
    }

    @Test func anAgencysBracketWithoutADashEndsADatelineToo() throws {
        let text = "Harbour reopens\n\nVelmar, Oct 12 (VNA) Criticising the delay, officials said Friday the harbour reopened. It had closed on October 9, 2024.\n"
        let d = try infer(text)
        #expect(d.date == CalendarDate(year: 2024, month: 10, day: 12))
        let bytes = Array(text.utf8)
        let start = text.utf8.count - text[text.range(of: "Velmar")!.lowerBound...].utf8.count
        let end = WireDateline.end(bytes, ByteRange(start, bytes.count))
        #expect(end == text.utf8.count - text[text.range(of: "Criticising")!.lowerBound...].utf8.count)
        // Words in brackets at a paragraph's start are no dateline without a place before.
        let aside = "Note\n\nThe EU (Commission) Officials met.\n"
        let asideStart = aside.utf8.count - aside[aside.range(of: "The EU")!.lowerBound...].utf8.count
        #expect(WireDateline.end(Array(aside.utf8), ByteRange(asideStart, aside.utf8.count)) == nil)
    }

    @Test func aSentenceOpeningWithADayIsNoDateline() {
        let text = "On March 3 - the day of the vote - crowds gathered. The result came on March 5, 2024, after a recount."
        let mentions = DateMentions(Array(text.utf8)).mentions
        #expect(!mentions.contains { $0.dateline })
    }

    @Test func aFullDateDatelineIsTheBylineEvenOnALongLine() throws {
        let text = "Port strike spreads\n\nROTTERDAM, Netherlands, March 3, 2021 (AP) — Dockworkers walked out on Wednesday in a long dispute over pay and hours that has dragged on for months.\n"
        let d = try #require(DateMentions(Array(text.utf8)).byline())
        #expect(d.date == CalendarDate(year: 2021, month: 3, day: 3))
    }

    @Test func aTitleCasePlaceWithADayAndAHyphenIsADateline() throws {
        for text in ["Tallinn, March 3, 2021 - Port officials met ferry crews on Tuesday.\n",
                     "Ferry talks resume\n\nTallinn, March 3, 2021 - Port officials met ferry crews on Tuesday.\n"] {
            let d = try #require(DateMentions(Array(text.utf8)).byline())
            #expect(d.date == CalendarDate(year: 2021, month: 3, day: 3))
        }
        let bytes = Array("Tallinn, March 3 - Port officials met ferry crews on Tuesday.".utf8)
        #expect(WireDateline.end(bytes, ByteRange(0, bytes.count)) == 19)
    }

    @Test func aTitleCaseWordBeforeAHyphenWithoutADayIsNoDateline() {
        for line in ["Tallinn - not Riga - hosted the talks on March 3, 2021.",
                     "Officials, Crews - all of them - met on March 3, 2021.",
                     "In Tallinn, officials met - briefly - on March 3, 2021."] {
            let bytes = Array(line.utf8)
            #expect(WireDateline.end(bytes, ByteRange(0, bytes.count)) == nil, "\(line)")
        }
    }
}
