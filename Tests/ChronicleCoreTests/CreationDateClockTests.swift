import Foundation
import Testing
@testable import ChronicleCore

/// A creation date comes from the text alone: the day the program runs is no evidence, and
/// a plan or forecast is never the day of writing.
@Suite struct CreationDateClockTests {
    func infer(_ text: String) -> Result<CreationDate, CreationDateFailure> {
        DateMentions(Array(text.utf8)).inferred()
    }

    @Test func aPlannedDayWithAReportedWeekdayLeavesTheDateOpen() {
        let text = """
            Harbour board names new chief

            The harbour board said Monday that Mara Quill will take over as chief executive \
            on Jan. 13, when the current head retires.
            """
        guard case .failure(let why) = infer(text) else {
            Issue.record("a planned day or a guessed year dated the text")
            return
        }
        #expect(why.message.contains("plan or forecast"))
    }

    @Test func aScheduledDayIsNotTheDateOfWriting() throws {
        let text = "The ferry line closed on March 2, 2027 after a storm. A hearing is scheduled for April 20, 2027."
        #expect(try infer(text).get().date == CalendarDate(year: 2027, month: 3, day: 2))
        let plan = "The ferry line closed after a storm. The council plans to reopen it on April 20, 2027."
        guard case .failure = infer(plan) else {
            Issue.record("a planned reopening was taken as the day of writing")
            return
        }
    }

    @Test func aForecastMonthDayDoesNotChooseTheYear() {
        // Only the forecast day carries a weekday; the report gives a month and day alone.
        let text = "Crews cleared the pier on May 3, officials said. The pier is expected to reopen on Friday, June 9."
        guard case .failure = infer(text) else {
            Issue.record("a forecast weekday chose the year of the report")
            return
        }
    }

    /// Nothing in the library reads the clock, so no result can depend on the day it runs.
    @Test func theLibraryNeverReadsTheClock() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ChronicleCore")
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50)
        let clockReads = ["Date()", "Date.now", "Date(timeIntervalSinceNow", "CFAbsoluteTimeGetCurrent",
                          "gettimeofday", "clock_gettime", "time(nil)", "ContinuousClock", "SuspendingClock",
                          "DispatchTime.now", "DispatchWallTime.now", "systemUptime"]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for read in clockReads {
                #expect(!text.contains(read), "\(file.lastPathComponent) reads the clock: \(read)")
            }
        }
    }
}
