import Testing
@testable import ChronicleCore

/// The country of a title and the employer of an envoy only say who the person named next
/// is: they take no part in what the clause tells.
@Suite struct DesignationTests {
    static func describes(_ text: String, _ first: String, kind: ActorKind, _ second: String) -> Bool {
        let bytes = Array(text.utf8)
        let r1 = text.range(of: first)!, r2 = text.range(of: second)!
        let s1 = text.utf8.distance(from: text.startIndex, to: r1.lowerBound)
        let s2 = text.utf8.distance(from: text.startIndex, to: r2.lowerBound)
        let (mention, next) = (ByteRange(s1, s1 + first.utf8.count), ByteRange(s2, s2 + second.utf8.count))
        let alone = Designation.describes(bytes, mention, kind: kind, next: next, lexicon: .bundled)
        // The words between the names read from the document's words answer the same.
        #expect(Designation.describes(bytes, mention, kind: kind, next: next, in: DocumentTokens(bytes),
                                      lexicon: .bundled) == alone)
        return alone
    }

    @Test func aCountryBeforeATitleAndAnEmployerBeforeARoleDesignate() {
        #expect(Self.describes("Veloria President Ana Ruiz met Tomas Berg.", "Veloria", kind: .place, "Ana Ruiz"))
        #expect(Self.describes("Ana Ruiz’s chief trade adviser, Tomas Berg, flew in.", "Ana Ruiz", kind: .person, "Tomas Berg"))
        #expect(Self.describes("Ana Ruiz's senior envoy Tomas Berg flew in.", "Ana Ruiz", kind: .person, "Tomas Berg"))
        // A court's title words before the title: "Veloria District Judge".
        #expect(Self.describes("Veloria District Judge Ana Ruiz ruled.", "Veloria", kind: .place, "Ana Ruiz"))
        #expect(Self.describes("Veloria Circuit Judge Ana Ruiz ruled.", "Veloria", kind: .place, "Ana Ruiz"))
    }

    @Test func aVerbOrALinkBetweenTheNamesDoesNot() {
        #expect(!Self.describes("Ana Ruiz's envoy met Tomas Berg.", "Ana Ruiz", kind: .person, "Tomas Berg"))
        #expect(!Self.describes("Veloria and President Ana Ruiz agreed.", "Veloria", kind: .place, "Ana Ruiz"))
        #expect(!Self.describes("Ana Ruiz's visit to Tomas Berg ended.", "Ana Ruiz", kind: .person, "Tomas Berg"))
        // A company before its officer is not read so: its chief acts for it.
        #expect(!Self.describes("Vandel chief executive Ana Ruiz resigned.", "Vandel", kind: .organization, "Ana Ruiz"))
    }

    @Test func theDesignatingNameIsNoActorOfTheEvent() {
        let text = "Talks in Veloria ended. Later, Veloria President Ana Ruiz met Tomas Berg in Porto on Monday.\n"
        #expect(ActorMergeTests.resolve([text]).first { $0.name == "Veloria" }?.kind == .place)
        let events = EventExtractionTests.events(text)
        let names = events.last?.actors.map(\.name) ?? []
        #expect(names.contains("Ana Ruiz"))
        #expect(!names.contains("Veloria"))
    }
}

extension DesignationTests {
    static func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return DocumentTokens(bytes).tokens(in: ByteRange(0, bytes.count), of: bytes)
    }

    @Test func namesInACircumstancePhraseTakeNoPart() {
        let text = "Mayor Ana Ruiz opened the bridge in Porto on Monday, amid a dispute with Tomas Berg over its cost.\n"
        let names = EventExtractionTests.events(text).first?.actors.map(\.name) ?? []
        #expect(names.contains("Ana Ruiz"))
        #expect(!names.contains("Tomas Berg"))
        let words = Self.tokens("Amid the storm, Ana Ruiz spoke.")
        #expect(Designation.scenes(words, lexicon: .bundled) == [ByteRange(0, 16)])
        // A clause of its own ends the scene: "after Tomas Berg said" is told, not set.
        let clause = Self.tokens("Shares fell amid fears after Tomas Berg said so.")
        #expect(Designation.scenes(clause, lexicon: .bundled) == [ByteRange(12, 23)])
    }
}

extension DesignationTests {
    static func actors(_ text: String) -> Set<String> {
        Set(EventExtractionTests.events(text).flatMap { $0.actors.map(\.name) })
    }

    @Test func aPlaceQualifyingTheNounAfterItTakesNoPart() {
        let text = "Talks resumed in Porto. Ana Ruiz signed the Porto trade deal on Monday.\n"
        #expect(Self.actors(text).contains("Ana Ruiz"))
        #expect(!Self.actors(text).contains("Porto"))
    }

    @Test func aPlaceAsSubjectOrBeforeAPluralStillTakesPart() {
        #expect(Self.actors("Talks resumed in Porto. Ana Ruiz left the Porto talks on Monday.\n").contains("Porto"))
        #expect(Self.actors("Talks resumed in Porto. Ana Ruiz met envoys in Porto on Monday.\n").contains("Porto"))
    }
}

extension DesignationTests {
    @Test func theCountryOfAnAddressTakesNoPart() {
        let address = Self.actors("Ana Ruiz opened a clinic in Lima, Peru, on Monday.\n")
        #expect(address.contains("Ana Ruiz") && address.contains("Lima"))
        #expect(!address.contains("Peru"))
        // A caption's address runs into its date without a comma.
        #expect(!Self.actors("Ana Ruiz visits a school in Lima, Peru March 3, 2024\n").contains("Peru"))
        // A place in the possessive only says where the next one lies.
        let possessive = Self.actors("Storms hit Peru's Cusco region on Monday, Ana Ruiz said.\n")
        #expect(!possessive.contains("Peru"))
    }

    /// The places of `places` that `locating` finds only locating another, by name.
    static func locating(_ text: String, _ places: [String]) -> Set<String> {
        let bytes = Array(text.utf8)
        let names = places.map { place -> (range: ByteRange, kind: ActorKind) in
            let start = text.utf8.distance(from: text.startIndex, to: text.range(of: place)!.lowerBound)
            return (ByteRange(start, start + place.utf8.count), .place)
        }
        return Set(Designation.locating(names, words: Self.tokens(text), bytes, lexicon: .bundled).map { places[$0] })
    }

    @Test func theContainerOfAnAddressIsFoundAfterAHeadWordToo() {
        #expect(Self.locating("Troops drilled in Cusco region, Peru December 1", ["Cusco", "Peru"]) == ["Peru"])
        #expect(Self.locating("She flew from Lima, Peru, to Quito.", ["Lima", "Peru", "Quito"]) == ["Peru"])
    }

    @Test func aPlaceInsideAnOrganizationsNameTakesNoPart() {
        let text = "Talks began in Peru. The Central Bank of Peru raised rates on Monday.\n"
        #expect(!Self.actors(text).contains("Peru"))
        #expect(Self.actors(text).contains("Central Bank of Peru"))
    }

    @Test func placesInAListEachTakePart() {
        #expect(Self.locating("Ana Ruiz toured Lima, Quito and Bogota.", ["Lima", "Quito", "Bogota"]).isEmpty)
        #expect(Self.locating("She flew to Spain, Belgium, the Netherlands and Italy.",
                              ["Spain", "Belgium", "Netherlands", "Italy"]).isEmpty)
        #expect(Self.locating("Talks between Peru, Chile or Ecuador.", ["Peru", "Chile", "Ecuador"]).isEmpty)
        // Lima, in the possessive, is no address's town.
        #expect(Self.locating("Lima, Peru's capital, voted.", ["Lima", "Peru"]).isEmpty)
    }
}
