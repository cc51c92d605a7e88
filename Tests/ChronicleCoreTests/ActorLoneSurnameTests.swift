import Testing
@testable import ChronicleCore

/// A surname alone in an article that never gives the full name is the one person of the
/// corpus whose full name ends with it, when the corpus makes the word a person's.
@Suite struct ActorLoneSurnameTests {
    @Test func aSurnameJoinsTheOneFullNameOfAnotherArticle() {
        let found = resolvedActors(["Mayor Dana Pruitt opened the new bridge in Halden on Monday.",
                                 "President Pruitt said on Tuesday that the bridge would close for repairs."])
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Dana Pruitt"])
        #expect(found.first { $0.name == "Dana Pruitt" }?.mentions == 2)
    }

    @Test func withTwoBearersTheSurnameJoinsNeither() {
        let found = resolvedActors(["Mayor Dana Pruitt opened the new bridge in Halden on Monday.",
                                 "Governor Leo Pruitt visited Orvik on Monday.",
                                 "President Pruitt said on Tuesday that the bridge would close for repairs."])
        #expect(found.filter { $0.kind == .person }.map(\.name).sorted() == ["Dana Pruitt", "Leo Pruitt", "Pruitt"])
    }

    @Test func aCompanyNamedLikeASurnameStaysACompany() {
        let found = resolvedActors(["Retired engineer Dana Varnick restored old cars in Halden on Monday.",
                                 "Shares of Varnick rose 4 percent on Tuesday. Varnick shareholders cheered on Tuesday."])
        #expect(found.first { $0.name == "Varnick" }?.kind == .organization)
        #expect(found.first { $0.name == "Dana Varnick" }?.mentions == 1)
    }
}
