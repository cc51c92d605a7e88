import Testing
@testable import ChronicleCore

/// A person called by the given name alone is the one person of the article with it.
@Suite struct ActorGivenNameTests {
    @Test func aGivenNameAloneJoinsTheOnlyBearerInTheArticle() {
        let actors = ActorMergeTests.resolve([
            "Chief executive Marta Oyelaran opened the plant on Monday. Marta told workers the line would run all year.\n",
        ])
        let person = ActorMergeTests.actor(actors, having: "Marta Oyelaran")
        #expect(person?.aliases.contains("Marta") == true)
    }

    @Test func twoGivenNamesOpenOneFullName() {
        let actors = ActorMergeTests.resolve([
            "The chairman of the Velmar Committee, Jorge Ivan Varno, decided to act on Monday.\n",
        ])
        #expect(ActorMergeTests.actor(actors, having: "Jorge Ivan Varno")?.kind == .person, "\(actors)")
        #expect(ActorMergeTests.actor(actors, having: "Jorge") == nil, "\(actors)")
    }

    @Test func twoBearersOfTheGivenNameLeaveItAlone() {
        let actors = ActorMergeTests.resolve([
            """
            Marta Oyelaran met Marta Kowalczyk in Lyon on Monday. Marta said the deal was close.
            Marta Oyelaran signed it later.\n
            """,
        ])
        #expect(ActorMergeTests.actor(actors, having: "Marta Oyelaran")?.aliases.contains("Marta") != true)
        #expect(ActorMergeTests.actor(actors, having: "Marta Kowalczyk")?.aliases.contains("Marta") != true)
    }

    @Test func aBearerInAnotherArticleDoesNotCount() {
        let actors = ActorMergeTests.resolve([
            "Chief executive Marta Oyelaran opened the plant on Monday.\n",
            "Marta told workers in Lyon that the line would run all year, her spokesman said.\n",
        ])
        #expect(ActorMergeTests.actor(actors, having: "Marta Oyelaran")?.aliases.contains("Marta") != true)
    }
}
