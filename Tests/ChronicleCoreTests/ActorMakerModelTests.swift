import Testing
@testable import ChronicleCore

/// A model's code alone is the model its maker's name opens.
@Suite struct ActorMakerModelTests {
    @Test func aModelsCodeAloneIsTheModelItsMakerNames() {
        for texts in [["Vandel delivered the first Vandel Z7 on Monday. The Z7 carries 500 people."],
                      ["Vandel said on Monday it delivered the first Vandel Z7.", "Four Z7s were sold on Tuesday."]] {
            let found = resolvedActors(texts)
            let model = found.first { $0.aliases.contains("Z7") || $0.aliases.contains("Z7s") }
            #expect(model?.name == "Vandel Z7", "\(found.map(\.aliases))")
            #expect(model?.kind == .product)
        }
    }

    @Test func aCodeTwoMakersShareJoinsNeither() {
        let found = resolvedActors(["Vandel said on Monday it delivered the first Vandel Z7.",
                                 "Orsk said on Tuesday it delivered the first Orsk Z7. The Z7 carries 500 people."])
        #expect(found.first { $0.name == "Vandel Z7" }?.aliases.contains("Z7") == false, "\(found.map(\.aliases))")
        #expect(found.first { $0.name == "Orsk Z7" }?.aliases.contains("Z7") == false, "\(found.map(\.aliases))")
    }
}
