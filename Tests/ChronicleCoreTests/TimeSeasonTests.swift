import Testing
@testable import ChronicleCore

/// Seasons, and the "fall" and "spring" that are not seasons.
@Suite struct TimeSeasonTests {
    let dct = "2021-06-01"

    @Test func fallAsANounOrVerbIsNoSeason() {
        let t = Tagged("Traders expect a fall in exports. Prices fall in the capital as the fall of the currency deepens. The fall was steep. Since the fall of the old regime, aid has dried up.", dct: dct)
        #expect(t.expressions.isEmpty, "\(t.texts)")
    }

    @Test func springAsANounIsNoSeason() {
        let t = Tagged("The spring in his step returned after the spring of water was found.", dct: dct)
        #expect(t.expressions.isEmpty, "\(t.texts)")
    }

    @Test func fallLedByATimeWordIsTheSeason() {
        let t = Tagged("Classes resume in the fall. The plan was drafted during the spring, and it must pass by fall.", dct: dct)
        #expect(t.value("the fall") == "2021-FA")
        #expect(t.value("the spring") == "2021-SP")
        #expect(t.value("fall") == "2021-FA")
    }

    @Test func fallWithAYearOrARelationIsTheSeason() {
        let t = Tagged("Enrolment rose in the fall of 2019, doubled by fall 2020, and dipped last fall; this fall it should recover.", dct: dct)
        #expect(t.value("the fall of 2019") == "2019-FA")
        #expect(t.value("fall 2020") == "2020-FA")
        #expect(t.value("last fall") == "2020-FA")
        #expect(t.value("this fall") == "2021-FA")
    }

    @Test func autumnIsAlwaysTheSeason() {
        let t = Tagged("New bins will appear on driveways from the autumn.", dct: dct)
        #expect(t.value("the autumn") == "2021-FA")
    }
}
