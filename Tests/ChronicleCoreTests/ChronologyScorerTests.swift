import Foundation
import Testing
@testable import ChronicleCore

/// The evaluation rule: dates at the gold granularity, one-to-one span matching.
@Suite struct ChronologyScorerTests {
    @Test func datesCompareAtTheGoldGranularity() {
        #expect(GoldDateMatch.matches(system: "2025-12-02", gold: "2025-12", altDates: [], granularity: "month"))
        #expect(!GoldDateMatch.matches(system: "2025", gold: "2025-12-02", altDates: [], granularity: "day"))
        #expect(GoldDateMatch.matches(system: "2025-12-22", gold: "2025-12-21", altDates: ["2025-12-22"], granularity: "day"))
        #expect(GoldDateMatch.matches(system: "2025-12-24", gold: "2025-W52", altDates: [], granularity: "week"))
        #expect(GoldDateMatch.matches(system: "2025-W52", gold: "2025-W52", altDates: [], granularity: "week"))
        #expect(GoldDateMatch.matches(system: "2025-01-15", gold: "2024-WI", altDates: [], granularity: "season"))
        #expect(GoldDateMatch.matches(system: "2024-12", gold: "2024-WI", altDates: [], granularity: "season"))
        #expect(GoldDateMatch.matches(system: "1995", gold: "199X", altDates: [], granularity: "decade"))
        #expect(!GoldDateMatch.matches(system: "2025-W43", gold: "2025-10", altDates: [], granularity: "month"))
        #expect(GoldDateMatch.matches(system: "2025-12-21T07:00", gold: "2025-12-21", altDates: [], granularity: "day"))
    }

    @Test func scoresSpansOneToOneWithCoreAndStrictModes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-scorer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = "Talks began on Monday in Geneva. Recently things got worse. Café opened on Friday."
        try text.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let gold = """
            {"documents":[{"file":"a.txt"}],
             "events":[
               {"id":"1","file":"a.txt","evidence":"Talks began on Monday in Geneva.","date":"2025-03-10","granularity":"day"},
               {"id":"2","file":"a.txt","evidence":"Recently things got worse.","date":"2025-03","granularity":"month","borderline":true},
               {"id":"3","file":"a.txt","evidence":"Café opened on Friday.","char_start":60,"char_end":82,"date":"2025-03-14","granularity":"day"}],
             "actors":[{"name":"Geneva","aliases":["Geneva","Genf"]},{"name":"Bern","aliases":["Bern"]}]}
            """
        try gold.write(toFile: dir + "/gold.json", atomically: true, encoding: .utf8)
        let goldFile = try ChronologyGold.load(path: dir + "/gold.json")
        func entry(_ id: Int, _ date: String, _ start: Int, _ end: Int) -> Entry {
            let v = TimeValue(date)!
            let t = TimeExpression(range: ByteRange(start, start), text: "", type: .date, value: date, granularity: v.granularity)
            return Entry(id: id, date: v, kind: .other, summary: "", actors: [],
                         sources: [Source(documentID: "a", file: "a.txt", passage: ByteRange(start, end), timex: t, claimBy: nil, summary: "")])
        }
        let bytes = Array(text.utf8)
        let third = bytes.count - Array("Café opened on Friday.".utf8).count
        let chronology = Chronology(root: dir, documents: [], entries: [
            entry(1, "2025-03-10", 0, 32), entry(2, "2025-03-11", 33, 60), entry(3, "2025-03-13", third, bytes.count),
        ], actors: [Actor(name: "Geneva", kind: .place, aliases: ["Geneva", "Genf"])], warnings: [])
        let core = try ChronologyScorer.score(chronology, gold: goldFile, textsDirectory: dir, strict: false)
        #expect(core.goldEvents == 2)
        #expect(core.systemSources == 2)     // the source on the borderline event is ignored
        #expect(core.spanMatched == 2 && core.dateCorrect == 1)
        #expect(core.aliasGroupsMerged == 1 && core.aliasGroups == 1)
        let strict = try ChronologyScorer.score(chronology, gold: goldFile, textsDirectory: dir, strict: true)
        #expect(strict.goldEvents == 3 && strict.systemSources == 3 && strict.dateCorrect == 2)
        #expect(f3(2.0 / 3.0) == "0.667")
    }

    @Test func untimedSourcesOutsideTheGoldAreIgnoredAndRepeatedReportsScoredAsMerges() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-scorer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = "Ana Ruiz met Tomas Berg on Monday. Ana Ruiz smiled at the cameras."
        let b = "On Monday Ruiz and Berg held talks."
        try a.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try b.write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        let gold = """
            {"documents":[{"file":"a.txt"},{"file":"b.txt"}],
             "events":[
               {"id":"1","file":"a.txt","evidence":"Ana Ruiz met Tomas Berg on Monday.","date":"2025-03-10","actors":["Ana Ruiz","Tomas Berg"]},
               {"id":"2","file":"b.txt","evidence":"On Monday Ruiz and Berg held talks.","date":"2025-03-10","actors":["Ana Ruiz","Tomas Berg"],"duplicate_of":"1"}],
             "actors":[{"name":"Ana Ruiz","aliases":["Ana Ruiz","Ruiz"]},{"name":"Tomas Berg","aliases":["Tomas Berg","Berg"]}]}
            """
        try gold.write(toFile: dir + "/gold.json", atomically: true, encoding: .utf8)
        let goldFile = try ChronologyGold.load(path: dir + "/gold.json")
        let day = TimeValue("2025-03-10")!
        let t = TimeExpression(range: ByteRange(26, 35), text: "on Monday", type: .date, value: day.value, granularity: .day)
        let ruiz = ActorRef(name: "Ana Ruiz", kind: .person)
        func source(_ file: String, _ start: Int, _ end: Int, _ basis: DateBasis) -> Source {
            Source(documentID: file, file: file + ".txt", passage: ByteRange(start, end), timex: basis == .text ? t : nil,
                   claimBy: nil, summary: "", basis: basis)
        }
        let aBytes = Array(a.utf8).count, bBytes = Array(b.utf8).count
        let merged = Entry(id: 1, date: day, kind: .talks, summary: "", actors: [ruiz],
                           sources: [source("a", 0, 34, .text), source("b", 0, bBytes, .text)])
        let smile = Entry(id: 2, date: day, kind: .other, summary: "", actors: [ruiz],
                          sources: [source("a", 35, aBytes, .context)])
        let actors = [Actor(name: "Ana Ruiz", kind: .person, aliases: ["Ana Ruiz", "Ruiz"]),
                      Actor(name: "Tomas Berg", kind: .person, aliases: ["Tomas Berg", "Berg"])]
        let score = try ChronologyScorer.score(Chronology(root: dir, documents: [], entries: [merged, smile], actors: actors,
                                                          warnings: []),
                                               gold: goldFile, textsDirectory: dir, strict: false)
        #expect(score.systemSources == 2, "the context-dated smile overlaps no gold event")
        #expect(score.precision == 1)
        #expect(score.happeningsInOneEntry == 1 && score.repeatedHappenings == 1 && score.entriesMixingHappenings == 0)
        #expect(score.eventActorPrecision == 1 && score.eventActorRecall == 0.5)

        let split = [Entry(id: 1, date: day, kind: .talks, summary: "", actors: [ruiz], sources: [source("a", 0, 34, .text)]),
                     Entry(id: 2, date: day, kind: .talks, summary: "", actors: [ruiz], sources: [source("b", 0, bBytes, .text)]),
                     Entry(id: 3, date: day, kind: .other, summary: "", actors: [ruiz], sources: [source("a", 35, aBytes, .text)])]
        let apart = try ChronologyScorer.score(Chronology(root: dir, documents: [], entries: split, actors: actors, warnings: []),
                                               gold: goldFile, textsDirectory: dir, strict: false)
        #expect(apart.happeningsInOneEntry == 0 && apart.repeatedHappenings == 1)
        #expect(apart.systemSources == 3, "a source with a time of its own is counted even outside the gold")
    }
}
