import Foundation
import Testing
@testable import ChronicleCore

/// A new index takes its records as they are made, a batch at a time.
@Suite struct RecordWriterTests {
    let cache: TempFolder

    init() throws { cache = try TempFolder() }

    func row(_ file: String, bytes: Int) -> IndexStore.Row {
        IndexStore.Row(file: file, stamps: IndexStore.Stamps(text: FileStamp(size: 1, modified: 2), sidecar: nil,
                                                             sidecarStamp: nil, hash: "h-\(file)"),
                       record: IndexStore.Blobs(head: Data(repeating: 7, count: bytes), body: Data([1])))
    }

    @Test func rowsAreWrittenOnceABatchIsFullAndTheRestAtTheEnd() throws {
        let store = try IndexStore.create(cache.file("new.sqlite"))
        let writer = RecordWriter(store: store, batchBytes: 100)
        writer.add(row("a.txt", bytes: 59))
        #expect(try store.stamps().isEmpty)
        writer.add(row("b.txt", bytes: 59))
        #expect(try store.stamps().keys.sorted() == ["a.txt", "b.txt"])
        writer.add(row("c.txt", bytes: 9))
        #expect(try store.stamps().count == 2)
        try writer.finish()
        #expect(try store.stamps().keys.sorted() == ["a.txt", "b.txt", "c.txt"])
        #expect(try store.records()["c.txt"] == Data(repeating: 7, count: 9))
        #expect(try store.body(of: "c.txt") == Data([1]))
    }

    @Test func aFailedWriteIsReportedAtTheEnd() throws {
        let store = try IndexStore.create(cache.file("new.sqlite"))
        let writer = RecordWriter(store: store, batchBytes: 100)
        try store.close()
        writer.add(row("a.txt", bytes: 200))
        writer.add(row("b.txt", bytes: 10))
        #expect(throws: (any Error).self) { try writer.finish() }
    }
}
