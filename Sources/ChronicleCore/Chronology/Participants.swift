/// Who and where a happening involves, for telling whether two reports tell the same one:
/// the named actors other than places (people, organizations and the like), and the places.
/// A region's country is among the places too (`regionCountry`): a report from a state
/// names its country as well.
struct Participants: Sendable {
    var named: Set<String> = []
    /// In lower case, as the lexicon writes a region's country.
    var places: Set<String> = []

    init(_ actors: [ActorRef], lexicon: Lexicon) {
        for a in actors {
            guard a.kind == .place else {
                named.insert(a.name)
                continue
            }
            let place = a.name.lowercased()
            places.insert(place)
            if let country = lexicon.tables.regionCountry[place], !country.isEmpty { places.insert(country) }
        }
    }

    mutating func formUnion(_ other: Participants) {
        named.formUnion(other.named)
        places.formUnion(other.places)
    }

    /// Each side names someone the other does not ("A met C" and "B met C"), or each
    /// names a place the other does not ("in Tbilisi" and "in Lisbon"): they differ.
    func differs(from other: Participants) -> Bool {
        Self.eachHasItsOwn(named, other.named) || Self.eachHasItsOwn(places, other.places)
    }

    /// Each side names someone the other does not.
    func namesDiffer(from other: Participants) -> Bool { Self.eachHasItsOwn(named, other.named) }

    private static func eachHasItsOwn(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isSubset(of: b) && !b.isSubset(of: a)
    }

    /// Whether the two share enough specific participants to be one happening: two named
    /// actors, or one named actor and one place with no place of their own on both sides.
    /// A shared country alone, or a shared person alone, is not enough.
    func sameHappening(as other: Participants) -> Bool {
        guard !namesDiffer(from: other) else { return false }
        let shared = named.intersection(other.named).count
        if shared >= 2 { return true }
        return shared >= 1 && !places.isDisjoint(with: other.places) && !Self.eachHasItsOwn(places, other.places)
    }
}
