import Testing
@testable import ChronicleCore

/// The name rules read titles, given names, compass words, particles and acronyms from the
/// lexicon: a corpus lexicon that adds a word changes what a name is.
@Suite struct NameClassTests {
    static func mentions(_ text: String, _ lexicon: Lexicon = .bundled) -> [ActorMention] {
        let bytes = Array(text.utf8)
        return MentionRecognizer(gazetteer: .empty, lexicon: lexicon)
            .mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
    }

    static func with(_ cls: WordClass, _ words: String...) -> Lexicon {
        var lines = Lexicon.bundled.lines
        lines[cls, default: []] += words.map { [$0] }
        return Lexicon(lines: lines)
    }

    static func kind(of name: String, in text: String, _ lexicon: Lexicon = .bundled) -> ActorKind? {
        mentions(text, lexicon).first { $0.text == name }?.kind
    }

    @Test func aTitleMakesAPersonAndIsStripped() {
        let text = "The talks ended. Later, Harbourmaster Tova Linde opened the gate."
        #expect(!Self.mentions(text).contains { $0.text == "Tova Linde" && $0.kind == .person && !$0.guessed })
        let found = Self.mentions(text, Self.with(.personTitle, "harbourmaster"))
        #expect(found.contains { $0.text == "Tova Linde" && $0.kind == .person })
        #expect(!found.contains { $0.text.hasPrefix("Harbourmaster") })
    }

    @Test func aGivenNameMakesAPairAPerson() {
        let text = "Crowds cheered when Zorvan Kettle arrived at the hall."
        #expect(Self.kind(of: "Zorvan Kettle", in: text, Self.with(.givenName, "zorvan")) == .person)
    }

    @Test func countryAcronymsArePlacesOnlyInCapitals() {
        #expect(Self.kind(of: "UK", in: "Exports to UK fell sharply in spring.") == .place)
        #expect(Self.kind(of: "Uk", in: "Exports to Uk fell sharply in spring.") != .place)
        #expect(Self.kind(of: "ZQ", in: "Exports to ZQ fell sharply in spring.") != .place)
        #expect(Self.kind(of: "ZQ", in: "Exports to ZQ fell sharply in spring.", Self.with(.placeAcronym, "zq")) == .place)
    }

    @Test func commonAcronymsAreNoActors() {
        #expect(Self.mentions("The GDP grew as the ZQX said it would.").allSatisfy { $0.text != "GDP" })
        let plain = Self.mentions("Shares rose after ZQX results came out on Monday.")
        let common = Self.mentions("Shares rose after ZQX results came out on Monday.", Self.with(.commonAcronym, "zqx"))
        #expect(plain.contains { $0.text == "ZQX" } && !common.contains { $0.text == "ZQX" })
    }

    @Test func aParticleJoinsTheWordsOfOneName() {
        let text = "Officials met Ilse van der Berg in the capital."
        #expect(Self.mentions(text).contains { $0.text == "Ilse van der Berg" })
        let apart = Self.mentions("Officials met Ilse zu Berg in the capital.")
        let joined = Self.mentions("Officials met Ilse zu Berg in the capital.", Self.with(.nameParticle, "zu"))
        #expect(!apart.contains { $0.text == "Ilse zu Berg" } && joined.contains { $0.text == "Ilse zu Berg" })
    }

    @Test func aNumberedThingIsNoProduct() {
        let products = { (found: [ActorMention]) in found.filter { $0.kind == .product }.map(\.text) }
        #expect(products(Self.mentions("Passengers boarded Flight 302 at dawn.")).isEmpty)
        let text = "Passengers boarded Skiff 302 at dawn."
        #expect(products(Self.mentions(text)) == ["Skiff 302"])
        #expect(products(Self.mentions(text, Self.with(.numberedThing, "skiff"))).isEmpty)
    }
}
