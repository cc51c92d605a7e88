import Testing
@testable import ChronicleCore

/// The steps of inferring a creation date from the text, one at a time.
@Suite struct CreationDateInferenceStepTests {
    func read(_ text: String) -> (DateMentions, DateMentions.InferenceEvidence) {
        let mentions = DateMentions(Array(text.utf8))
        return (mentions, DateMentions.InferenceEvidence(mentions))
    }

    @Test func aWeekdayWithItsDayFixesTheYear() throws {
        // January 15 was a Sunday in 2017, a Monday in 2018 and a Tuesday in 2019.
        let (m, e) = read("The strike began on Tuesday, January 15. Unions had last struck in 2017.")
        var reasons: [String] = []
        #expect(try m.yearOfWeekdayPairs(e, reasons: &reasons).get() == 2019)
        #expect(reasons == ["Tuesday fits January 15 in 2019"])
        let (plain, p) = read("The strike began on January 15. Unions had last struck in 2017.")
        #expect(try plain.yearOfWeekdayPairs(p, reasons: &reasons).get() == nil)
        let (wrong, w) = read("The strike began on Wednesday, January 15. Unions had last struck in 2017.")
        guard case .failure(let why) = wrong.yearOfWeekdayPairs(w, reasons: &reasons) else {
            Issue.record("a weekday that fits none of the years chose one")
            return
        }
        #expect(why.message.contains("2017–2019"))
    }

    @Test func reportedWeekdaysChooseTheOneYearTheyMatch() {
        // March 3 was a Friday in 2017, a Saturday in 2018 and a Sunday in 2019.
        let (m, e) = read("Crews reached the site on March 3. Unions had last struck in 2017. Talks resumed Friday.")
        var reasons: [String] = []
        #expect(m.yearOfReportedWeekdays(e, among: e.years, reasons: &reasons) == 2017)
        let (other, o) = read("Crews reached the site on March 3. Unions had last struck in 2017. Talks resumed Tuesday.")
        #expect(other.yearOfReportedWeekdays(o, among: o.years, reasons: &reasons) == nil)
    }

    @Test func aWireDatelineIsTheDayOfFiling() {
        let (m, e) = read("Harbour reopens\n\nST. JOHN'S, Oct. 12 — The harbour reopened after the storm, officials said.\n")
        var reasons: [String] = []
        #expect(m.datelineDay(e, year: 2024, reasons: &reasons)?.date == CalendarDate(year: 2024, month: 10, day: 12))
        let (none, n) = read("Harbour reopens\n\nThe harbour reopened on Oct. 12 after the storm, officials said.\n")
        #expect(none.datelineDay(n, year: 2024, reasons: &reasons) == nil)
    }

    @Test func theLatestDayMovesToAWeekdayReportedAfterIt() throws {
        // March 1, 2017 was a Wednesday: "said Friday" is two days later.
        let (m, e) = read("Crews reached the site on March 1, 2017. The ministry said Friday that the road was clear.")
        let year = DateMentions.InferredYear(year: 2017, fromLatestFull: true)
        #expect(try m.latestDay(e, year: year, reasons: []).get().date == CalendarDate(year: 2017, month: 3, day: 3))
        let (plain, p) = read("Crews reached the site on March 1, 2017. The road was clear.")
        #expect(try plain.latestDay(p, year: year, reasons: []).get().date == CalendarDate(year: 2017, month: 3, day: 1))
    }
}
