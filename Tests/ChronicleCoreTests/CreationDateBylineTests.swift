import Testing
@testable import ChronicleCore

/// The date a page gives itself, among the other dates near its top.
@Suite struct CreationDateBylineTests {
    func byline(_ text: String) -> CreationDate? {
        DateMentions(Array(text.utf8)).byline()
    }

    @Test func aProfileJoinDateIsNotThePublicationDate() throws {
        let text = """
        Riverside Anglers Forum
        harbourfan
        Join date: - Mar 13, 2001
        Posts: 1,204
        Updated: Monday, June 13, 2005 10:42 AM
        The new licence fees were announced on Friday.
        """
        let d = try #require(byline(text))
        #expect(d.date == CalendarDate(year: 2005, month: 6, day: 13))
        #expect(d.evidence.hasPrefix("Updated"))
    }

    @Test func membershipAndBirthDatesAreSkipped() {
        #expect(byline("Profile\nMember since April 2, 2012\nBorn: July 4, 1980\nJoined: Sat Apr 13, 2002 5:00 pm\n") == nil)
    }

    @Test func thePageClockLosesToThePostDate() throws {
        let text = "Boat Owners Board\n\nIt is currently Tue Feb 11, 2025 8:02 am\n\nPost subject: Winter moorings\nPosted: Sun Jan 05, 2020 6:14 pm\nMoorings close early this year.\n"
        let d = try #require(byline(text))
        #expect(d.date == CalendarDate(year: 2020, month: 1, day: 5))
    }

    @Test func aLabelNearTheTopBeatsAnEarlierShortLine() throws {
        let text = "Council news\nSpring fair, April 20, 2024\nPublished: March 2, 2024\n\nThe fair returns to the park.\n"
        #expect(try #require(byline(text)).date == CalendarDate(year: 2024, month: 3, day: 2))
    }

    @Test func aLowercaseVerbInRunningTextIsNoLabel() {
        let text = String(repeating: "The council met again to discuss the budget for the coming year at length. ", count: 8)
            + "Police said the video, posted on March 3, 2019, showed the crash clearly and in detail.\n"
        #expect(byline(text) == nil)
    }

    @Test func aNameContainingACueWordIsStillAByline() throws {
        let d = try #require(byline("Harbour works begin\n\nBy Anna Osborne, May 7, 2022\n\nCranes arrived on Monday.\n"))
        #expect(d.date == CalendarDate(year: 2022, month: 5, day: 7))
    }

    @Test func publishedBeatsUpdated() throws {
        let text = "Dam report\nUpdated: May 9, 2023 4:10 pm\nPublished: May 8, 2023 9:00 am\n\nThe dam held overnight.\n"
        #expect(try #require(byline(text)).date == CalendarDate(year: 2023, month: 5, day: 8))
    }

    @Test func anUpdateLongAfterTheDatedEntriesIsARevision() throws {
        let text = "Floods hit the valley\n\nBy Anna Berg\n\nUpdated 10:02 a.m. ET, June 2, 2022\n\n4:15 p.m. ET, March 14, 2021\n\nThe river broke its banks on Sunday.\n"
        #expect(try #require(byline(text)).date == CalendarDate(year: 2021, month: 3, day: 14))
    }

    @Test func anUpdateDaysAfterTheBylineDatesThePiece() throws {
        let text = "Floods hit the valley\n\nAnna Berg, March 14, 2021\nUpdated March 16, 2021\n\nThe river broke its banks on Sunday.\n"
        #expect(try #require(byline(text)).date == CalendarDate(year: 2021, month: 3, day: 16))
    }

    @Test func createdIsThePiecesOwnDateAndNoLabelHidesInsideAWord() throws {
        let d = try #require(byline("Wire | Updated: 31-03-2022 13:58 IST | Created: 30-03-2022 22:41 IST\nTalks resume.\n"))
        #expect(d.date == CalendarDate(year: 2022, month: 3, day: 30))
        #expect(d.evidence.hasPrefix("Created"))
    }
}
