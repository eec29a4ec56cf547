/// One node of the flattened visible DOM: an element or a text node, in document (pre-)order.
struct TreeNode: Sendable {
    /// The element's tag; `.other` for unknown elements and for text nodes.
    var tag: HTMLTag
    /// Whether this is a text node.
    var isText: Bool
    /// Index of the parent element, -1 for top-level nodes.
    var parent: Int32
    /// Index one past the last node of this node's subtree.
    var end: Int32
    /// For text nodes: the byte range of the text in `DocumentTree.text`.
    var textStart: Int32
    /// For text nodes: the end of the byte range of the text in `DocumentTree.text`.
    var textEnd: Int32
    /// What the element's `class`, `id` and `role` say.
    var cue: ClassCue
    /// Whether the element is hidden (`hidden`, `aria-hidden="true"`, inline `display:none`).
    var isHidden: Bool
    /// Whether the element names an author (`rel="author"`, `itemprop="author"`).
    var namesAuthor: Bool
    /// Byte offset of the element's start tag in the original HTML, -1 when unknown.
    var sourceStart: Int
    /// Byte offset just past the element in the original HTML, -1 when unknown.
    var sourceEnd: Int
}
