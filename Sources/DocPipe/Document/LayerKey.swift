/// Names a typed annotation layer of a ``Document``.
///
/// A stage adds its own layer by declaring a key; the core needs no change:
/// ```swift
/// enum SentimentLayer: LayerKey {
///     typealias Value = [Double]
///     static let name = "sentiment"
/// }
/// document[SentimentLayer.self] = scores
/// ```
/// The layer is written to `documents.jsonl` under `name` through `Codable`.
public protocol LayerKey: Sendable {
    /// The layer's value type.
    associatedtype Value: Codable & Sendable
    /// The JSON key of the layer; unique across the pipeline.
    static var name: String { get }
}
