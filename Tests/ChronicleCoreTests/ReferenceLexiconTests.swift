import Testing
@testable import ChronicleCore

/// The words references and products are read by are classes of the lexicon: a pronoun's
/// agreement and case come from its classes, and a corpus's lexicon.yaml changes what a
/// role noun or a currency is.
@Suite struct ReferenceLexiconTests {
    static func references(_ text: String, lexicon: Lexicon) -> [String] {
        let bytes = Array(text.utf8)
        let sentences = SentenceSplitter.split(bytes)
        let mentions = MentionRecognizer(gazetteer: .empty, lexicon: lexicon).mentions(in: bytes, sentences: sentences)
        let resolved = ActorResolver(gazetteer: .empty, lexicon: lexicon).resolve([mentions])
        return ReferenceResolver(actors: resolved.actors, lexicon: lexicon)
            .references(utf8: bytes, sentences: sentences, mentions: mentions,
                        mentionActors: resolved.mentionActors[0])
            .map { "\($0.text) → \(resolved.actors[$0.actor].name)" }
    }

    static func kinds(_ text: String, lexicon: Lexicon) -> [String: ActorKind] {
        let bytes = Array(text.utf8)
        var out: [String: ActorKind] = [:]
        for m in MentionRecognizer(gazetteer: .empty, lexicon: lexicon)
            .mentions(in: bytes, sentences: SentenceSplitter.split(bytes)) { out[m.text] = m.kind }
        return out
    }

    static func changed(_ yaml: String) -> Lexicon {
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: yaml, file: "lexicon.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        return lexicon
    }

    @Test func pronounsTakeTheirFeaturesFromTheirClasses() {
        let lexicon = Lexicon.bundled
        let her = Pronoun(lexicon.classes(lower: "her"))
        #expect(her?.agreement == .person && her?.gender == .female)
        #expect(her?.isPossessive == true && her?.isObject == false)
        let them = Pronoun(lexicon.classes(lower: "them"))
        #expect(them?.agreement == .group && them?.plural == true && them?.isObject == true)
        let it = Pronoun(lexicon.classes(lower: "it"))
        #expect(it?.agreement == .thing && it?.plural == false && it?.gender == nil && it?.isPossessive == false)
        #expect(Pronoun(lexicon.classes(lower: "the")) == nil)
    }

    @Test func roleNounsAndStateAgentsAreReadFromTheirClasses() {
        let lexicon = Lexicon.bundled
        #expect(ReferenceWord(lexicon.classes(lower: "carrier")) == .role(.company))
        #expect(ReferenceWord(lexicon.classes(lower: "regulator")) == .role(.institution))
        #expect(ReferenceWord(lexicon.classes(lower: "envoy")) == .role(.person))
        #expect(ReferenceWord(lexicon.classes(lower: "troops")) == .stateAgent)
        #expect(ReferenceWord(lexicon.classes(lower: "duo")) == .pairNoun)
        #expect(ReferenceWord(lexicon.classes(lower: "harbour")) == nil)
    }

    @Test func aCorpusLexiconAddsARoleNoun() {
        let text = "Acme Corp cut 300 jobs. The shipbuilder said orders had fallen."
        #expect(Self.references(text, lexicon: .bundled) == [])
        #expect(Self.references(text, lexicon: Self.changed("companyRole:\n  add: [shipbuilder]\n"))
                == ["The shipbuilder → Acme Corp"])
    }

    @Test func aCorpusLexiconRemovesAPronoun() {
        let text = "Jane Roe arrived in Oslo on Monday. She met reporters at the port."
        #expect(Self.references(text, lexicon: .bundled) == ["She → Jane Roe"])
        #expect(Self.references(text, lexicon: Self.changed("femalePronoun:\n  replace: [her, hers, herself]\n"))
                == [])
    }

    @Test func aCorpusLexiconAddsACurrency() {
        let text = "Traders sold the Kenyan shilling on Monday."
        #expect(Self.kinds(text, lexicon: .bundled)["Kenyan shilling"] == nil)
        #expect(Self.kinds(text, lexicon: Self.changed("currency:\n  add: [shilling]\n"))["Kenyan shilling"] == .product)
    }
}
