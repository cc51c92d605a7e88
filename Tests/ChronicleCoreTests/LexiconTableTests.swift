import Testing
@testable import ChronicleCore

/// The lexicon's tables (a demonym or a country acronym to its country) and its
/// institution phrases: read from the file, changed by a corpus, and applied by the rules.
@Suite struct LexiconTableTests {
    static let velaria = """
        demonym:
          add:
            velarian: velaria
        """

    static func changed(_ yaml: String) -> Lexicon { ReferenceLexiconTests.changed(yaml) }

    @Test func aDemonymNamesItsCountryAndIsInItsClass() {
        let lexicon = Lexicon.bundled
        #expect(lexicon.tables.country(of: "french") == "france")
        #expect(lexicon.tables.country(of: "u.k.") == "united kingdom")
        #expect(lexicon.tables.country(of: "western") == nil)
        #expect(lexicon.classes(lower: "western").contains(.demonym))
        // Only the words are in the class, not the countries they name.
        #expect(!lexicon.classes(lower: "france").contains(.demonym))
        #expect(lexicon.words(.demonym).contains("french") && !lexicon.words(.demonym).contains("france"))
    }

    @Test func aDemonymOrAcronymQualifiesAnInstitution() {
        let lexicon = Self.changed(Self.velaria)
        let plain = [false, false, false, false]
        #expect(AliasGraph.institutionKey(["velarian", "ministry", "of", "defense"], lexicon: lexicon, possessive: plain)
                == ("velaria|ministry of defense", true))
        #expect(AliasGraph.institutionKey(["velarian", "ministry", "of", "defense"], lexicon: .bundled, possessive: plain)
                == ("|velarian ministry of defense", false))
        #expect(AliasGraph.institutionKey(["uk", "defence", "ministry"], lexicon: .bundled, possessive: [false, false, false])
                == ("united kingdom|ministry of defense", true))
    }

    @Test func anAddedDemonymAloneIsNoName() {
        let text = "Velarian officials met in Oslo on Monday."
        #expect(NameRuleClassTests.mentions(text).keys.contains("Velarian"))
        #expect(!NameRuleClassTests.mentions(text, lexicon: Self.changed(Self.velaria)).keys.contains("Velarian"))
    }

    @Test func aPossessiveCountryBeforeAnInstitutionPhraseIsAnOrganization() {
        let text = "Velaria’s coast guard said on Monday that the ferry had sunk."
        let lexicon = Self.changed(Self.velaria)
        #expect(NameRuleClassTests.mentions(text, lexicon: lexicon)["Velaria’s coast guard"] == .organization)
        let noPhrase = Self.changed(Self.velaria + "\ninstitutionPhrase:\n  replace: [navy]\n")
        #expect(NameRuleClassTests.mentions(text, lexicon: noPhrase)["Velaria’s coast guard"] == nil)
    }

    @Test func aTableEntryOfTheWrongShapeWarnsWithItsLine() {
        let yaml = """
            demonym:
              add: [velarian]
            countryAcronym:
              add:
                vl: [velaria]
                vel: velaria
            """
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: yaml, file: "lexicon.yaml")
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.file == "lexicon.yaml" })
        #expect(warnings.first?.message.hasPrefix("line 2:") == true)
        #expect(warnings.last?.message.hasPrefix("line 5:") == true)
        #expect(lexicon.tables.country(of: "vel") == "velaria" && lexicon.tables.country(of: "vl") == nil)
    }
}
