import Testing
@testable import ChronicleCore

/// The stock market indices the built-in gazetteer knows are products, by their short
/// names too, and a short name followed by a word of its own is something else.
@Suite struct ActorMarketIndexTests {
    static func actors(_ text: String) throws -> [Actor] {
        let (gazetteer, _) = try Gazetteer.load(path: try #require(Gazetteer.bundledPath))
        let bytes = Array(text.utf8)
        let mentions = MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        return ActorResolver(gazetteer: gazetteer).resolve([mentions]).actors
    }

    @Test func aKnownNameWithAnAmpersandMatchesAsWrittenAndOnlySo() {
        let gazetteer = Gazetteer(entries: [
            Gazetteer.Entry(name: "V&O 200", kind: .product, aliases: ["Vell & Orr's 200", "Vell & Orr's 200 index"])])
        func names(_ text: String) -> [String: ActorKind] {
            let bytes = Array(text.utf8)
            let mentions = MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
            let actors = ActorResolver(gazetteer: gazetteer).resolve([mentions]).actors
            return Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        }
        #expect(names("Stocks slid. The Vell & Orr's 200 index fell 2% on Monday.")["V&O 200"] == .product)
        #expect(names("On Monday the V&O 200 lost 3%.")["V&O 200"] == .product)
        // Another separator is another name.
        #expect(names("On Monday the Vell, Orr's 200 lost 3%.")["V&O 200"] == nil)
    }

    @Test func anIndexIsOneProductByEachOfItsNames() throws {
        let found = try Self.actors("""
            The Dow fell 1% on Monday. The Dow Jones industrial average had risen on Friday, and
            Germany's Xetra Dax slipped while the DAX futures rose.
            """)
        let dow = found.first { $0.name == "Dow Jones Industrial Average" }
        #expect(dow?.kind == .product)
        #expect(dow?.aliases.contains("Dow") == true)
        #expect(found.first { $0.name == "DAX" }?.kind == .product)
        #expect(!found.contains { $0.name == "Xetra Dax" || $0.kind == .person })
    }

    @Test func aShortNameFollowedByAWordOfItsOwnIsAnotherName() throws {
        let found = try Self.actors("Dow Chemical said on Monday it would cut 2,000 jobs, and the Dow fell.")
        #expect(found.contains { $0.name == "Dow Chemical" && $0.kind != .product })
        #expect(!found.contains { $0.name == "Chemical" })
        #expect(found.contains { $0.name == "Dow Jones Industrial Average" })
    }
}
