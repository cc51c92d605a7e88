/// A place where a document refers to an actor without naming it: a pronoun ("he"), a
/// description ("the planemaker") or a nationality adjective ("Russian forces").
public struct Reference: Hashable, Sendable {
    /// The referring words, as a byte range of the document.
    public var range: ByteRange
    /// Index of the actor in the resolved actor list.
    public var actor: Int
    /// The referring words as written ("he", "the company", "Russian").
    public var text: String

    public init(range: ByteRange, actor: Int, text: String) {
        self.range = range
        self.actor = actor
        self.text = text
    }
}
