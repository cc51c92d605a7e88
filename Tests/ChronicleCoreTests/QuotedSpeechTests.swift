import Testing
@testable import ChronicleCore

/// The words inside quotation marks are the statement of the one the text gives them to.
@Suite struct QuotedSpeechTests {
    /// The actors of the event whose summary holds `needle`, with how each was found.
    static func actors(_ text: String, of needle: String) -> [ActorRef] {
        EventExtractionTests.events(text, withReferences: true).first { $0.summary.contains(needle) }?.actors ?? []
    }

    @Test func aSpeakerNamedAfterTheQuotationSpeaksItsDatedSentences() {
        let text = "Talks resumed in Porto. “The port will open in 2027. We are ready,” said Ana Ruiz.\n"
        let actors = Self.actors(text, of: "2027")
        #expect(actors.map(\.name) == ["Ana Ruiz"])
        #expect(actors.first?.via == "“…” said Ana Ruiz")
    }

    @Test func aSpeakerNamedBeforeTheQuotationWithAColonSpeaksIt() {
        let text = "Talks resumed in Porto. Tomas Berg stressed the point: “Vandel will leave in 2027. It has no choice.”\n"
        #expect(Self.actors(text, of: "2027").map(\.name).contains("Tomas Berg"))
    }

    @Test func aQuotationAfterItsSpeakersAttributionGoesOnWithThatSpeaker() {
        let text = """
            Talks resumed in Porto. Ana Ruiz met reporters. “We talked for hours,” she said. “The port was a question \
            in 2019. It still is.”

            """
        let actors = Self.actors(text, of: "2019")
        #expect(actors.map(\.name) == ["Ana Ruiz"])
        #expect(actors.first?.via == "she said “…”")
    }

    @Test func aQuotationWithoutAttributionHasNoSpeaker() {
        let text = "Talks resumed in Porto. Ana Ruiz met reporters.\n“The port was a question in 2019. It still is.”\n"
        #expect(Self.actors(text, of: "2019").isEmpty)
    }

    @Test func aLongSentenceAfterAQuotationClosedByAStopIsNoAttribution() {
        let text = """
            Talks resumed in Porto. “The port opened in 2019.” Ana Ruiz said the talks would go on for many more weeks \
            after that.

            """
        #expect(!Self.actors(text, of: "2019").map(\.name).contains("Ana Ruiz"))
        let short = "Talks resumed in Porto. “The port opened in 2019.” Ana Ruiz said.\n"
        #expect(Self.actors(short, of: "2019").map(\.name) == ["Ana Ruiz"])
    }

    @Test func quotationMarksPairOnOneLineOnly() {
        let text = Array("He said “yes\nand “no” then \"maybe\".".utf8)
        let quotes = QuotedSpeech.quotationMarks(text).map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(quotes == ["“no”", "\"maybe\""])
    }

    /// The marks are found wherever they fall among the bytes passed eight at a time, and a
    /// line break between two marks keeps them apart at any offset.
    @Test func quotationMarksAreFoundAtEveryOffset() {
        for pad in 0..<17 {
            let lead = String(repeating: "x", count: pad)
            let text = Array((lead + "the \"tide\" rose, “calm” fell \"open\n\" end").utf8)
            let quotes = QuotedSpeech.quotationMarks(text).map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
            #expect(quotes == ["\"tide\"", "“calm”"], "pad \(pad)")
        }
    }
}
