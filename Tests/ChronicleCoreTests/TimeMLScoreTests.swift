import Testing
@testable import ChronicleCore

@Suite struct TimeMLScoreTests {
    let tml = """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1999-04-09T10:00:00" functionInDocument="CREATION_TIME">19990409</TIMEX3></DCT>
    <TEXT>
    Prices &amp; rents rose <TIMEX3 tid="t1" type="DATE" value="1999-04-08">yesterday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P2W">two-week</TIMEX3> <EVENT eid="e1">lull</EVENT> that began <TIMEX3 tid="t3" type="DATE" value="1999-03">in March</TIMEX3>.
    </TEXT>
    </TimeML>
    """

    @Test func parsesDCTTextAndGoldSpans() throws {
        let doc = try TimeMLDocument(parsing: Array(tml.utf8))
        #expect(doc.dct == CalendarDate(year: 1999, month: 4, day: 9))
        let text = String(decoding: doc.text, as: UTF8.self)
        #expect(text.contains("Prices & rents rose yesterday after a two-week lull"))
        #expect(doc.gold.count == 3)
        let g = doc.gold[0]
        #expect(String(decoding: doc.text[g.range.start..<g.range.end], as: UTF8.self) == "yesterday")
        #expect(doc.gold[2].value == "1999-03")
    }

    @Test func scoresStrictRelaxedAndValues() throws {
        let doc = try TimeMLDocument(parsing: Array(tml.utf8))
        var score = TimeMLScore()
        let found = TimeTagger().tag(doc.text, dct: doc.dct)
        let misses = score.add(document: "d", text: doc.text, gold: doc.gold, system: found)
        // Gold DATEs: "yesterday" (exact) and "in March" (the tagger takes "March": relaxed only).
        #expect(score.gold == 2)
        #expect(score.system == 2)
        #expect(score.strict == 1)
        #expect(score.relaxed == 2)
        #expect(score.valueCorrect == 2)
        #expect(misses.isEmpty)
        #expect(score.relaxedF1 == 1.0)
    }

    @Test func missingDCTIsAnError() {
        #expect(throws: TimeMLDocument.ParseError.self) {
            try TimeMLDocument(parsing: Array("<TimeML><TEXT>x</TEXT></TimeML>".utf8))
        }
    }
}
