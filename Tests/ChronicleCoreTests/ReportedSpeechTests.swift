import Testing
@testable import ChronicleCore

/// "X said that ... next year": the date is of what was said; the saying is X's, dated by
/// the narrative.
@Suite struct ReportedSpeechTests {
    static let lead = "Chief executive Marta Oyelaran opened the new plant in Lyon on Monday. "

    @Test func theSayingIsTheSpeakersAndWhatWasSaidKeepsItsDate() {
        let events = EventExtractionTests.events(Self.lead
            + "Oyelaran said that Vandel Motors would build a second plant in Porto next year.\n")
        let saying = events.first { $0.basis == .context }
        #expect(saying?.date.value == "2025-03-10")
        #expect(saying?.actors.map(\.name) == ["Marta Oyelaran"])
        let reported = events.first { $0.date.value == "2026" }
        #expect(reported != nil)
        #expect(reported?.actors.map(\.name).contains("Marta Oyelaran") == false)
        #expect(reported?.actors.map(\.name).contains("Vandel Motors") == true)
    }

    @Test func aSayingInThePresentIsDatedByTheArticle() {
        let events = EventExtractionTests.events(Self.lead
            + "Oyelaran says that Vandel Motors built its first plant in Porto in 2019.\n")
        let saying = events.first { $0.actors.map(\.name) == ["Marta Oyelaran"] && $0.timex == nil }
        #expect(saying?.basis == .published)
        #expect(saying?.date.value == "2025-03-12")
    }

    @Test func aDateOfTheSayingItselfIsNotReadSo() {
        let events = EventExtractionTests.events(Self.lead
            + "Oyelaran said on Tuesday that Vandel Motors would build a second plant in Porto.\n")
        #expect(events.count == 2)
        #expect(events.last?.date.value == "2025-03-11")
        #expect(events.last?.actors.map(\.name).contains("Marta Oyelaran") == true)
    }

    @Test func aNameAfterAPrepositionIsNoSpeaker() {
        let bytes = Array("Staff at the stores in Lyon said that buyers should come back next week.".utf8)
        let lyon = ByteRange(21, 25)
        let timex = ByteRange(63, 72)
        #expect(ReportedSpeech.report(bytes, ByteRange(0, bytes.count), timex: timex, speakers: [lyon]) == nil)
        let named = Array("Oyelaran said that buyers should come back next week.".utf8)
        let report = ReportedSpeech.report(named, ByteRange(0, named.count), timex: ByteRange(43, 52),
                                           speakers: [ByteRange(0, 8)])
        #expect(report?.speaker == 0)
        // Read from the document's words, the passage answers the same.
        #expect(ReportedSpeech.report(named, ByteRange(0, named.count), in: DocumentTokens(named),
                                      timex: ByteRange(43, 52), speakers: [ByteRange(0, 8)], lexicon: .bundled) == report)
        #expect(ReportedSpeech.report(bytes, ByteRange(0, bytes.count), in: DocumentTokens(bytes), timex: timex,
                                      speakers: [lyon], lexicon: .bundled) == nil)
    }
}
