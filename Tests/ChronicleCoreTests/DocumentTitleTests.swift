import Testing
@testable import ChronicleCore

@Suite struct DocumentTitleTests {
    private func doc(_ text: String) -> Document { Document(id: "memo", file: "memo.txt", utf8: Array(text.utf8)) }

    @Test func firstLineWithTextAfterBlankOnes() {
        #expect(doc("\n  \r\n\t Ferry strike ends \r\nBody text.").displayTitle == "Ferry strike ends")
        #expect(doc("   \n \n").displayTitle == "memo")
    }

    @Test func dateStampsBylinesAndFurnitureAboveTheHeadlineAreSkipped() {
        let text = """
            Home | Business | Markets
            Thursday 3 April 2025 - 14:05 GMT
            By Lena Ortiz
            Copper hits record as mines in Peru shut
            Lima, April 3 - Prices rose again.
            """
        #expect(doc(text).displayTitle == "Copper hits record as mines in Peru shut")
        // A page that is nothing but a stamp still has a title: its first line.
        #expect(doc("Updated Mar 3, 2025 10:02 am\n").displayTitle == "Updated Mar 3, 2025 10:02 am")
    }

    @Test func aHugeOneLineArticleGivesAShortTitle() {
        let sentence = "Die Fähre nach Ærø fährt wieder, sagte der Hafenmeister. "
        let title = doc(String(repeating: sentence, count: 20_000)).displayTitle
        #expect(title == "Die Fähre nach Ærø fährt wieder, sagte der Hafenmeister.")
        #expect(!title.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func theCapNeverSplitsACharacter() {
        // Three-byte characters placed so that the byte cap falls inside one.
        for lead in 0..<3 {
            let text = String(repeating: "a", count: lead) + String(repeating: "東", count: 400)
            let title = doc(text).displayTitle
            #expect(!title.unicodeScalars.contains("\u{FFFD}"))
            #expect(title.count == 121)
            #expect(title.hasSuffix("東…"))
        }
    }

    @Test func aLongFirstParagraphIsCutAtAWord() {
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let text = "After long talks, \(words), the council agreed.\n\nMore text."
        let title = doc(text).displayTitle
        #expect(title.count <= 121)
        #expect(title.hasPrefix("After long talks, word1 word2"))
        #expect(title.hasSuffix("…"))
        #expect(text.hasPrefix(title.dropLast() + " "))  // cut where a word ends
    }

    @Test func stampsAndHeadlinesWrittenBeyondASCII() {
        // A stamp in other scripts' punctuation is still a stamp; a headline of accented
        // words (composed or with combining marks) is still a headline.
        let stamp = "\u{00A0}Sunday\u{2009}11\u{00A0}August 2024 \u{2013} 02:36\u{00A0}\n"
        #expect(doc(stamp + "Éric Zemmour quits\nBody.").displayTitle == "Éric Zemmour quits")
        #expect(doc(stamp + "Cafe\u{301} owners protest\n").displayTitle == "Cafe\u{301} owners protest")
        // Three letters at least: "Ré." is no headline, the next line is.
        #expect(doc("\u{201C}Ré.\u{201D}\nPort reopens\n").displayTitle == "Port reopens")
        #expect(doc("\u{201C}Réa\u{201D}\nThe port reopened, officials said.\n").displayTitle == "\u{201C}Réa\u{201D}")
        // Trimming takes every kind of white space, not only ASCII.
        #expect(doc("\u{3000}\u{2003}Ferry strike ends\u{2028}\u{00A0}\nx").displayTitle == "Ferry strike ends")
    }

    @Test func sectionLabelsAboveTheHeadlineAreSkipped() {
        let text = "Politics\nLive Updates\nSenate passes stopgap bill hours before deadline\nBody."
        #expect(doc(text).displayTitle == "Senate passes stopgap bill hours before deadline")
        // With no longer line below it, or only body text, a short headline is still the title.
        #expect(doc("Quake aftermath\nRescuers\n").displayTitle == "Quake aftermath")
        #expect(doc("Quake aftermath\nRescuers dug through the night, the mayor said.\n").displayTitle
                == "Quake aftermath")
        // A title-case headline may end with an abbreviation's full stop.
        #expect(doc("World\nEnvoy Meets Israel's Defense Min.\nBody.").displayTitle == "Envoy Meets Israel's Defense Min.")
        // Site furniture is no headline at any length.
        #expect(doc("More from Harbor Daily\nFerry operators strike over pay\n").displayTitle
                == "Ferry operators strike over pay")
    }

    @Test func aClockAndADateWithAFewWordsIsAStamp() {
        let text = "It is now Tue Jun 04, 2024 10:12 am\nVillagers return to flooded valley\n"
        #expect(doc(text).displayTitle == "Villagers return to flooded valley")
        // A headline that mentions a day is still a headline.
        #expect(doc("Talks resume in Oslo on Monday\nBody.").displayTitle == "Talks resume in Oslo on Monday")
    }

    @Test func aLongFirstLineIsNotCutAtAnAbbreviation() {
        let line = "A cargo jet operated by Northwind Air crashed Monday (Oct. 6) near Lake Varna, killing both pilots. Investigators reached the site by boat on Tuesday."
        #expect(doc(line + "\n").displayTitle == "A cargo jet operated by Northwind Air crashed Monday (Oct. 6) near Lake Varna, killing both pilots.")
        let titled = "Gen. Ana Ruiz, the commander of the coastal guard, resigned on Friday after a row over the budget for the new patrol boats and the base."
        #expect(doc(titled + "\n").displayTitle.hasPrefix("Gen. Ana Ruiz, the commander"))
        #expect(doc(titled + "\n").displayTitle.hasSuffix("…"))
    }

    @Test func aTwoWordHeadlineIsATitleAndASectionNameIsNot() {
        #expect(doc("Talks resume\n\nBy Ana Ruiz, Staff Writer\n\nNegotiators met in Oslo on Monday.\n").displayTitle == "Talks resume")
        #expect(doc("Latest news\nFerry operators strike over pay\nBody.").displayTitle == "Ferry operators strike over pay")
        #expect(doc("Live Updates\nFerry operators strike over pay\nBody.").displayTitle == "Ferry operators strike over pay")
    }
}
