import Testing
@testable import ChronicleCore

/// A product is spelled one way by its maker: a letter apart is another product, while its
/// plural is the product itself.
@Suite struct ActorProductSpellingTests {
    @Test func productsALetterApartStayApart() {
        let actors = ActorMergeTests.resolve([
            "Vandel sold the zPod 3 in March, and Vandel shipped the zPad 3 in May.\n",
            "Buyers waited for the zPad 3 in Oslo, and the zPod 3 sold out.\n",
        ])
        let pod = ActorMergeTests.actor(actors, having: "zPod 3")
        #expect(pod != nil)
        #expect(pod?.aliases.contains("zPad 3") == false)
    }

    @Test func aProductInThePluralIsTheProduct() {
        let actors = ActorMergeTests.resolve([
            "Vandel unveiled the zPhone on Monday. Stores sold 9,000 zPhones by Friday.\n",
            "Orbis said that zPhones had reached Oslo.\n",
        ])
        let phone = ActorMergeTests.actor(actors, having: "zPhone")
        #expect(phone?.aliases.contains("zPhones") == true)
    }

    @Test func thePluralNeedsTheSingularAndAShortNameStaysWhole() {
        #expect(AliasGraph.singularForms("zPod Touches", lexicon: .bundled) == ["zPod Touch", "zPod Touche"])
        #expect(AliasGraph.singularForms("zPhones", lexicon: .bundled) == ["zPhone"])
        #expect(AliasGraph.singularForms("zOS", lexicon: .bundled).isEmpty)
        #expect(AliasGraph.singularForms("Airbus", lexicon: .bundled).isEmpty)
        #expect(AliasGraph.singularForms("Vandel Express", lexicon: .bundled).isEmpty)
    }
}
