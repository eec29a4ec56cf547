import DocPipe

extension ExportStage {
    /// What export makes of a document on the document's own thread when it streams
    /// (``StreamingContributor``): its template and the template filled under its id, or, when
    /// nothing needs a template (``direct(_:spanLayout:)``), the final line rendered at once.
    public struct Prepared: Sendable {
        /// The template, `nil` when the line was rendered directly.
        let template: DocumentTemplate?
        /// The document filled under the id it was prepared with.
        let filled: FilledDocument
        /// The directly rendered line, `nil` with a template.
        let line: DocumentLine?

        init(template: DocumentTemplate, filled: FilledDocument) {
            self.template = template
            self.filled = filled
            line = nil
        }

        private init(line: DocumentLine, manifest: ManifestWriter.Record, hasCustomLayers: Bool) {
            template = nil
            var filled = FilledDocument(manifest: manifest, hasCustomLayers: hasCustomLayers)
            filled.line = line.bytes
            self.filled = filled
            self.line = line
        }

        /// The document's `documents.jsonl` line rendered once under its id (``DocumentLine``),
        /// for a run that writes only `jsonl` and keeps no template: the bytes its template
        /// filled with an empty corpus gives. `nil` when the document carries a layer with a hole
        /// besides the id (entities, quotes, duplicate, story), which keeps the template path.
        /// - Throws: an encoding error.
        static func direct(_ document: Document, spanLayout: SpanLayout) throws -> Prepared? {
            guard !DocumentRenderer.holeLayers.contains(where: document.layers.contains) else { return nil }
            return Prepared(
                line: try DocumentLine(document, spanLayout: spanLayout), manifest: ManifestWriter.Record(document),
                hasCustomLayers: DocumentRenderer.hasCustomLayers(document))
        }

        /// The document filled under another final id: the directly rendered line with `id` put
        /// in place of its id, or the template filled again.
        /// - Throws: an encoding error.
        func filled(id: String, by filler: TemplateFiller) throws -> FilledDocument {
            if let template { return try filler.fill(template, id: id) }
            guard var line else { throw StageError("export was handed a document without its line") }
            var moved = filled
            line.replaceID(with: id)
            moved.line = line.bytes
            moved.manifest.input.id = id
            return moved
        }
    }
}
