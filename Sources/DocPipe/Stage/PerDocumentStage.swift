/// A stage whose work is all in ``Stage/process(_:)``: its ``Stage/finish(_:)`` adds no corpus
/// result, drops no document and writes nothing.
///
/// The runner relies on it to let a later ``StreamingContributor`` consume contributions while
/// the documents are still being processed: nothing a corpus step before it decides can change
/// them. A stage conforms only when its corpus step is the default one, which does nothing.
public protocol PerDocumentStage: Stage {}
