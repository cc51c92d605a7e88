import Testing
@testable import ChronicleCore

/// The hashed word look-ups the recognizer uses instead of `Set<String>`: a scanned token
/// is found by its lower-case form, whatever its case, and growth loses nothing.
@Suite struct WordTableTests {
    @Test func scannedWordsAreFoundByTheirLowerCase() {
        let set: LowerWordSet = ["ministry", "élysée", "o'brien", "u.s"]
        let utf8 = Array("The Ministry met O'Brien at the Élysée, not the U.S. embassy.".utf8)
        let found = WordScanner.tokens(utf8).filter { set.contains($0, in: utf8) }.map { $0.text(utf8) }
        #expect(found == ["Ministry", "O'Brien", "Élysée"])
        #expect(set.contains("ministry") && !set.contains("Ministry") && !set.contains("embassy"))
    }

    @Test func anInsertedTokenIsKeptInLowerCase() {
        var set: LowerWordSet = ["minister", "said"]
        let utf8 = Array("The Minister said Kyiv's mayor SAID nothing.".utf8)
        let tokens = WordScanner.tokens(utf8)
        #expect(tokens.indices.filter { set.contains(tokens[$0], in: utf8) } == [1, 2, 5])
        set.insert(tokens[3], in: utf8)
        set.insert(tokens[2], in: utf8)
        #expect(set.contains("kyiv") && !set.contains("Kyiv") && set.contains(tokens[3], in: utf8))
    }

    @Test func valuesChangeInPlaceAndEntriesKeepTheOrderMet() {
        var groups = WordTable<[Int]>()
        for (n, key) in ["kyiv", "lviv", "kyiv", "odesa", "lviv", "kyiv"].enumerated() {
            if let e = groups.find(key, hash: WordHash.of(key)) { groups.update(entry: e) { $0.append(n) } }
            else { groups.set(key, [n]) }
        }
        #expect(groups.keys == ["kyiv", "lviv", "odesa"])
        #expect(groups.values == [[0, 2, 5], [1, 4], [3]])
    }

    @Test func growingKeepsEveryKeyAndItsValue() {
        var table = WordTable<Int>()
        let keys = (0..<500).map { "word\($0)" }
        for (k, key) in keys.enumerated() { table.set(key, k) }
        table.set("word7", -7)
        #expect(table.count == 500)
        #expect(keys.indices.allSatisfy { table[keys[$0]] == ($0 == 7 ? -7 : $0) })
        #expect(table["word500"] == nil)
        let utf8 = Array("WORD42 Word499".utf8)
        #expect(WordScanner.tokens(utf8).map { table[$0.lower(utf8)] } == [42, 499])
    }

    @Test func theHashIsTheSameFromBytesAndFromTheString() {
        for w in WordScanner.scan(Array("Kyiv’s NATO-backed Orekhovo-Borisovo İstanbul MoD".utf8)) {
            #expect(w.lowerHash == WordHash.of(w.lower), "\(w.text)")
        }
    }

    @Test func passageWordsComeWithTheirHashes() {
        let text = "Kyiv’s MAYOR met “Harbour Board” envoys—twice, in 2024."
        var seen: [(String, UInt64)] = []
        LowercaseBytes.eachWord(text) { bytes, hash in seen.append((String(decoding: bytes, as: UTF8.self), hash)) }
        #expect(seen.map(\.0) == ["kyiv", "s", "mayor", "met", "harbour", "board", "envoys", "twice", "in", "2024"])
        #expect(seen.allSatisfy { $0.1 == WordHash.of($0.0) })
        #expect(LowercaseBytes.words(text) == seen.map(\.0))
    }
}
