/// A model called by its code alone is the model its maker's name opens: "the A380" and
/// "the Airbus A380" are one product, named in full; so is a line's model without the
/// line's first word ("Note 7" of "Galaxy Note 7").
extension AliasGraph {
    /// Joins a one-word product name holding a digit ("A380", "Z7", "Z7s") to the one product
    /// named by a maker's one-word name and that word ("Airbus A380"). With two such makers
    /// of that code ("Vandel Z7", "Orsk Z7") it joins neither.
    mutating func joinMakerModels() {
        joinLineModels()
        // A maker is written alone as an organization, or as a name nothing said the kind of.
        let makers = Set(spellings { nodes[$0].words.count == 1 && (dominantKind($0) ?? .organization) == .organization }
            .map { $0.words[0] })
        guard !makers.isEmpty else { return }
        var models: [[UInt8]: [Spelling]] = [:]
        for product in spellings(where: { dominantKind($0) == .product && nodes[$0].words.count == 2 })
            where makers.contains(product.words[0]) {
            models[product.words[1], default: []].append(product)
        }
        guard !models.isEmpty else { return }
        for code in spellings(where: { dominantKind($0) == .product && nodes[$0].words.count == 1 }) {
            // "Z7s": the plural of a code is an "s" after its digit.
            var word = code.words[0]
            guard let digit = word.lastIndex(where: \.isASCIIDigit) else { continue }
            if models[word] == nil, digit == word.count - 2, word.last == UInt8(ascii: "s") { word.removeLast() }
            guard let named = models[word] else { continue }
            let owners = clusters(of: named)
            guard owners.count == 1, let owner = owners.first else { continue }
            join(code, to: owner)
        }
    }

    /// Joins a product's name of two words or more holding a digit ("Note 7", "S7 Edge") to
    /// the one product named by words more before it ("Galaxy Note 7", "Vandel Galaxy Note
    /// 7"); with two such ("Orbis Pro 4", "Velo Pro 4") it joins neither.
    private mutating func joinLineModels() {
        let products = spellings { dominantKind($0) == .product && nodes[$0].words.count >= 2 }
        var longer: [[[UInt8]]: [Spelling]] = [:]
        for product in products where product.words.count >= 3 {
            for dropped in 1...product.words.count - 2 {
                longer[Array(product.words.dropFirst(dropped)), default: []].append(product)
            }
        }
        guard !longer.isEmpty else { return }
        for model in products where model.words.contains(where: { $0.contains(where: \.isASCIIDigit) }) {
            guard let named = longer[model.words] else { continue }
            let owners = clusters(of: named)
            guard owners.count == 1, let owner = owners.first else { continue }
            join(model, to: owner)
        }
    }
}
