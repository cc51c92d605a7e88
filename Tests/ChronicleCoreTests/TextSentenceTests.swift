import Testing
@testable import ChronicleCore

/// Running text, as against a title or caption: a sentence ending with a stop and holding
/// at least the minimum number of words.
@Suite struct TextSentenceTests {
    func isText(_ text: String, minimumWords: Int = 8) -> Bool {
        let bytes = Array(text.utf8)
        return EventExtractor.isTextSentence(bytes, ByteRange(0, bytes.count), minimumWords: minimumWords)
    }

    @Test func enoughWordsAndAStopMakeText() {
        #expect(isText("The small ferry left the harbour at dawn."))
        #expect(isText("The small ferry left the harbour at dawn and the crew waved to the crowd!\" "))
        #expect(!isText("The small ferry left the harbour today."))  // seven words
        #expect(isText("The small ferry left the harbour today.", minimumWords: 7))
    }

    @Test func withoutAStopNoLengthMakesText() {
        #expect(!isText("The small ferry left the harbour at dawn and the crew waved to the crowd"))
        #expect(!isText("Ferry Schedules For The Whole Of The Northern Coast: Updated"))
    }
}
