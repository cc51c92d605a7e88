/// What a sidecar (`NAME.yaml` beside `NAME.txt`) says about an article. All optional.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// `YYYY-MM-DD` as written; validated when the creation date is resolved.
    public var published: String?
    public var url: String?
    /// How the publication date is known.
    public var note: String?

    public init(title: String? = nil, outlet: String? = nil, author: String? = nil,
                published: String? = nil, url: String? = nil, note: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.url = url
        self.note = note
    }
}
