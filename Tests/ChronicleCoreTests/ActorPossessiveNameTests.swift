import Testing
@testable import ChronicleCore

/// A company named with its "'s" ("Kohl's") keeps it, where a genitive ("Hale's plan")
/// stays the name before it.
@Suite struct ActorPossessiveNameTests {
    @Test func aNameWrittenOnlyWithItsEndingBeforeAVerbKeepsIt() {
        let found = resolvedActors(["Analysts said Dorling's has closed 40 stores. On Monday, Dorling's shares fell."])
        let store = found.first { $0.name == "Dorling's" }
        #expect(store?.kind == .organization)
        #expect(store?.mentions == 2)
        #expect(!found.contains { $0.name == "Dorling" })
    }

    @Test func aStopACommaOrALegalFormAfterTheEndingReadsAsTheName() {
        #expect(resolvedActors(["Shoppers queued at Dorling's. Sales rose on Monday."])
                    .contains { $0.name == "Dorling's" })
        #expect(resolvedActors(["Analysts said Dorling's, the chain, saw sales rise on Monday."])
                    .contains { $0.name == "Dorling's" })
        #expect(resolvedActors(["Shares of Dorling's Inc. rose on Monday."]).contains { $0.name == "Dorling's" })
        #expect(resolvedActors(["Analysts said Dorling's and Fenwell's were hurt by the storm on Monday."])
                    .contains { $0.name == "Fenwell's" })
        #expect(resolvedActors(["Shoppers said on Monday that Dorling's reaffirmed its outlook."])
                    .contains { $0.name == "Dorling's" })
    }

    @Test func anAmountAfterTheEndingIsWhatTheGenitiveOwns() {
        for amount in ["$24.3 billion", "£2 million", "€5 billion", "¥3 billion"] {
            for apostrophe in ["'", "’"] {
                let found = resolvedActors(["Velcor surpassed Farming Bank of Orvania\(apostrophe)s \(amount) listing on Monday."])
                #expect(found.contains { $0.name == "Farming Bank of Orvania" }, "\(amount) \(found)")
                #expect(!found.contains { $0.name.hasSuffix("s") }, "\(amount) \(found)")
            }
        }
    }

    @Test func anOwnersPossessiveBeforeATradesWordIsOneCompany() {
        let found = resolvedActors(["Analysts said Dorling's Pizza reported higher sales, and Fenwell's Sporting Goods rose."])
        #expect(found.first { $0.name == "Dorling's Pizza" }?.kind == .organization)
        #expect(found.first { $0.name == "Fenwell's Sporting Goods" }?.kind == .organization)
        #expect(!found.contains { $0.name == "Pizza" || $0.name == "Dorling" })
    }

    @Test func aPlacesOrAnOwnersPossessiveBeforeANameStaysAGenitive() {
        // A place owns what follows; a name that ends in no trade's word is the owner's.
        let found = resolvedActors(["Norway's Velo Pizza opened a store on Monday, and Dorling's Marta Lind said so."])
        #expect(found.contains { $0.name == "Marta Lind" && $0.kind == .person })
        #expect(!found.contains { $0.name.hasPrefix("Norway's") })
        #expect(!found.contains { $0.name.hasPrefix("Dorling's") })
    }

    @Test func aGenitiveStaysTheNameItFollows() {
        // Always before a noun: nothing says the ending belongs to the name.
        let owned = resolvedActors(["On Monday, Dorling's shares fell. Analysts said Dorling's plans were dropped."])
        #expect(owned.contains { $0.name == "Dorling" })
        #expect(!owned.contains { $0.name.hasSuffix("'s") })
        // Written bare elsewhere in the article: "'s" is a genitive there too.
        let bare = resolvedActors(["Analysts said Dorling's has closed 40 stores. Shares of Dorling fell on Monday."])
        #expect(bare.contains { $0.name == "Dorling" })
        #expect(!bare.contains { $0.name.hasSuffix("'s") })
        // An adjective in "-ed" before a noun is owned by the genitive.
        #expect(!resolvedActors(["Analysts said Dorling's expanded stores opened on Monday."])
                    .contains { $0.name.hasSuffix("'s") })
        // A person named in full is no company, whatever follows the ending.
        let person = resolvedActors(["Analysts said Ana Ruiz's has been a long road on Monday."])
        #expect(person.contains { $0.name == "Ana Ruiz" && $0.kind == .person })
    }

    @Test func theFormWithTheEndingNamesTheCompanyAcrossArticles() {
        let found = resolvedActors(["Analysts said Dorling's would close 40 stores on Monday.",
                                 "Shoppers said on Tuesday that Dorling’s has hired a new chief."])
        let store = found.filter { $0.name.hasPrefix("Dorling") }
        #expect(store.count == 1)
        #expect(store.first?.name.hasSuffix("s") == true)
        #expect(store.first?.mentions == 2)
    }

    @Test func aPossessiveBeforeAQuotedTitleIsAGenitive() {
        let found = resolvedActors(["Dana Roe appeared on the VBC’s “Today” show on Monday, and on the VBC's \"Tonight\" show."])
        #expect(found.contains { $0.name == "VBC" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasSuffix("s") }, "\(found.map(\.name))")
    }
}
