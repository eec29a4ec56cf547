internal import CYAML

/// Parses YAML text into ``YAMLNode``s with the system libyaml's event parser.
///
/// Anchors and aliases work; an alias whose expansion would exceed `maxNodes` (a "billion laughs"
/// bomb) and nesting deeper than `maxDepth` are refused with an error, never expanded.
struct YAMLParser {
    var maxNodes = 100_000
    var maxDepth = 256

    private final class Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var size = 1
        init(isMapping: Bool, location: SourceLocation, anchor: String?) {
            self.isMapping = isMapping
            self.location = location
            self.anchor = anchor
        }
    }

    /// Parses one YAML document.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the path used in error locations.
    /// - Returns: the root node, or `nil` for an empty document.
    /// - Throws: ``PipelineError`` with the line and column of the problem.
    func parse(_ bytes: [UInt8], file: String) throws -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw PipelineError("cannot initialise the YAML parser", at: SourceLocation(file: file, line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return try run(&parser, file: file)
        }
    }

    private func run(_ parser: inout yaml_parser_t, file: String) throws -> YAMLNode? {
        var stack: [Frame] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var root: YAMLNode?
        var totalSize = 0
        var documents = 0

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
        var aliasSize = 0
        func add(_ node: YAMLNode, size: Int, anchor: String?, viaAlias: Bool = false) throws {
            totalSize += size
            if viaAlias { aliasSize += size }
            if totalSize > maxNodes {
                let message = aliasSize * 2 > totalSize
                    ? "the YAML's aliases expand to more than \(maxNodes) nodes, the limit on a pipeline file's size (an alias bomb?); refusing to expand them"
                    : "the pipeline file holds more than \(maxNodes) YAML nodes, the limit on a pipeline file's size (each stage and option is a node); split the work into several pipelines"
                throw PipelineError(message, at: node.location)
            }
            if let anchor { anchors[anchor] = (node, size) }
            if let parent = stack.last {
                parent.items.append(node)
                parent.size += size
            } else {
                root = node
            }
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = string(parser.problem.map { UnsafeMutablePointer(mutating: $0).withMemoryRebound(to: yaml_char_t.self, capacity: 1) { $0 } }) ?? "malformed YAML"
                let context = parser.context.map { String(cString: $0) }
                let message = "malformed YAML: \(problem)" + (context.map { " (\($0))" } ?? "")
                throw PipelineError(message, at: location(parser.problem_mark))
            }
            defer { yaml_event_delete(&event) }
            let start = location(event.start_mark)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw PipelineError("a pipeline file holds one YAML document; found a second one", at: start)
                }
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                if stack.count >= maxDepth {
                    throw PipelineError("YAML nested deeper than \(maxDepth) levels", at: start)
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
                stack.append(Frame(isMapping: isMapping, location: start, anchor: anchor))
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                let frame = stack.removeLast()
                let kind: YAMLNode.Kind
                if frame.isMapping {
                    var pairs: [YAMLNode.Pair] = []
                    var seen: Set<String> = []
                    var index = 0
                    while index + 1 < frame.items.count {
                        let key = frame.items[index]
                        guard let name = key.scalar else {
                            throw PipelineError("a mapping key must be a plain value, not \(key.kindName)", at: key.location)
                        }
                        if !seen.insert(name).inserted {
                            throw PipelineError("duplicate key '\(name)'", at: key.location)
                        }
                        pairs.append(YAMLNode.Pair(key: key, value: frame.items[index + 1]))
                        index += 2
                    }
                    kind = .mapping(pairs)
                } else {
                    kind = .sequence(frame.items)
                }
                totalSize -= frame.size - 1
                try add(YAMLNode(kind: kind, location: frame.location), size: frame.size, anchor: frame.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
                } ?? ""
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                try add(YAMLNode(kind: .scalar(value, plain: plain), location: start), size: 1, anchor: string(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw PipelineError("alias '*\(name)' refers to no anchor defined before it", at: start)
                }
                var node = target.node
                node.location = start
                try add(node, size: target.size, anchor: nil, viaAlias: true)
            case YAML_STREAM_END_EVENT:
                return root
            default:
                break
            }
        }
    }
}
