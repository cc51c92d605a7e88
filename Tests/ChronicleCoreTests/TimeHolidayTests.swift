import Testing
@testable import ChronicleCore

@Suite struct TimeHolidayTests {
    // 2024-03-13 is a Wednesday.
    let dct = "2024-03-13"

    @Test func fixedHolidaysFollowTheTense() {
        let past = Tagged("The rebels attacked on Christmas Eve, the army said.", dct: dct)
        #expect(past.value("Christmas Eve") == "2023-12-24")
        let plan = Tagged("The bridge will open by Halloween.", dct: dct)
        #expect(plan.value("Halloween") == "2024-10-31")
        let day = Tagged("Looters struck on Christmas Day 2019.", dct: dct)
        #expect(day.value("Christmas Day 2019") == "2019-12-25")
        let orthodox = Tagged("Believers gathered on Orthodox Christmas, the priest said.", dct: dct)
        #expect(orthodox.value("Orthodox Christmas") == "2024-01-07")
    }

    @Test func movableFeasts() {
        #expect(Tagged("Pilgrims came at Easter 2024.", dct: dct).value("Easter 2024") == "2024-03-31")
        #expect(Tagged("Pilgrims came at Orthodox Easter 2024.", dct: dct).value("Orthodox Easter 2024") == "2024-05-05")
        #expect(Tagged("The mill reopens on Easter Monday 2026.", dct: dct).value("Easter Monday 2026") == "2026-04-06")
        #expect(Tagged("The mill reopens after Thanksgiving 2025.", dct: dct).value("Thanksgiving 2025") == "2025-11-27")
    }

    @Test func theNewYear() {
        let coming = Tagged("The ministers will meet in the new year.", dct: "2023-11-20")
        #expect(coming.value("the new year") == "2024")
        let since = Tagged("Since the new year, fares have doubled.", dct: "2023-11-20")
        #expect(since.value("the new year") == "2023")
        let eve = Tagged("Fireworks were banned on New Year's Eve.", dct: dct)
        #expect(eve.value("New Year's Eve") == "2023-12-31")
        let day = Tagged("The law takes effect on New Year's Day.", dct: "2023-11-20")
        #expect(day.value("New Year's Day") == "2024-01-01")
    }

    @Test func aHolidayNamingAThingIsNoDate() {
        for text in ["The general offered a Christmas truce.", "They flew to Christmas Island.",
                     "The mayor gave his New Year address.", "The Easter offensive stalled."] {
            #expect(Tagged(text, dct: dct).expressions.isEmpty, "\(text)")
        }
    }

    @Test func withoutACreationDateAHolidayStaysOpen() {
        #expect(Tagged("The town shut at Christmas.", dct: nil).value("Christmas") == "XXXX-XX-XX")
    }
}
