import Foundation

/// Reads pipeline definitions from YAML files, checking everything that can be checked before a run.
public struct PipelineLoader: Sendable {
    /// The stages names may refer to.
    public var registry: StageRegistry

    /// Creates a loader.
    /// - Parameter registry: the stages names may refer to.
    public init(registry: StageRegistry) {
        self.registry = registry
    }

    static let topLevelKeys = ["name", "description", "input", "output", "on_error", "reference_date", "limits", "stages"]

    /// Loads a pipeline file.
    /// - Parameter url: the YAML file.
    /// - Returns: the checked definition.
    /// - Throws: ``PipelineError`` naming the file, line and column of the first problem.
    public func load(contentsOf url: URL) throws -> PipelineDefinition {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a pipeline file" : "cannot read the file"
            throw PipelineError(reason, at: SourceLocation(file: path, line: 1, column: 1))
        }
        return try load(yaml: [UInt8](data), file: url)
    }

    /// Loads a pipeline from YAML text.
    ///
    /// Every problem that can be found in one pass is reported: an unknown key, a wrong option or
    /// an unknown stage does not hide the problems after it.
    /// - Parameters:
    ///   - yaml: the YAML bytes.
    ///   - file: the file they came from; relative paths resolve against its folder.
    /// - Returns: the checked definition, with ``PipelineDefinition/warnings`` for what is
    ///   allowed but probably a mistake.
    /// - Throws: ``PipelineError`` naming the file, line and column of the first problem, with the
    ///   others in ``PipelineError/further``.
    public func load(yaml: [UInt8], file: URL) throws -> PipelineDefinition {
        let path = file.path
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let root = try YAMLParser().parse(yaml, file: path) else {
            throw PipelineError("the pipeline file is empty; it needs at least 'stages:'", at: start)
        }
        guard case .mapping(let pairs) = root.kind else {
            throw PipelineError("a pipeline is a mapping with 'stages:' and other keys; found \(root.kindName)", at: root.location)
        }
        var problems: [PipelineError] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do {
                return try body()
            } catch let error as PipelineError {
                problems.append(error)
                problems += error.further
                return nil
            } catch {
                problems.append(PipelineError("\(error)", at: start))
                return nil
            }
        }
        var values: [String: YAMLNode] = [:]
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            guard Self.topLevelKeys.contains(key) else {
                let close = Self.topLevelKeys.min { EditDistance.between($0, key) < EditDistance.between($1, key) }
                var message = "unknown key '\(key)'"
                if let close, EditDistance.between(close, key) <= 2 { message += " — did you mean '\(close)'?" }
                message += " (keys: \(Self.topLevelKeys.joined(separator: ", ")))"
                problems.append(PipelineError(message, at: pair.key.location))
                continue
            }
            values[key] = pair.value
        }
        let folder = file.deletingLastPathComponent()
        let name = attempt { try values["name"].map { try string($0, key: "name") } } ?? nil
        let inputs = attempt { try values["input"].map { try stringList($0, key: "input") } ?? [] } ?? []
        let output = attempt { try values["output"].map { try string($0, key: "output") } } ?? nil
        var onError = OnError.skip
        if let node = values["on_error"], let value = attempt({ try string(node, key: "on_error") }) {
            if let parsed = OnError(rawValue: value) {
                onError = parsed
            } else {
                problems.append(PipelineError("on_error must be one of \(OnError.allCases.map(\.rawValue).joined(separator: ", ")); found '\(value)'", at: node.location))
            }
        }
        var referenceDate: String?
        if let node = values["reference_date"], let value = attempt({ try string(node, key: "reference_date") }) {
            if ISODate.isValidDay(value) {
                referenceDate = value
            } else {
                problems.append(PipelineError("reference_date must be a date written YYYY-MM-DD; found '\(value)'", at: node.location))
            }
        }
        let limits = values["limits"].flatMap { node in attempt { try parseLimits(node) } } ?? Limits()
        var stages: [ConfiguredStage] = []
        var deprecations: [PipelineError] = []
        if let stagesNode = values["stages"] {
            if case .sequence(let entries) = stagesNode.kind, !entries.isEmpty {
                let configured = entries.map { entry in attempt { try configure(entry, deprecations: &deprecations) } }
                stages = configured.compactMap { $0 }
                if stages.count == entries.count { _ = attempt { try checkLayers(stages) } }
            } else {
                problems.append(PipelineError("'stages' must be a non-empty list of stage names or 'name: {options}' entries", at: stagesNode.location))
            }
        } else {
            problems.append(PipelineError("the pipeline has no 'stages:' list", at: root.location))
        }
        if var first = problems.first {
            first.further = Array(problems.dropFirst())
            throw first
        }
        var definition = PipelineDefinition(
            name: name ?? file.deletingPathExtension().lastPathComponent, file: file,
            inputs: inputs.map { $0 == "-" ? "-" : resolve($0, against: folder).path },
            output: output.map { resolve($0, against: folder) },
            onError: onError, referenceDate: referenceDate, stages: stages, limits: limits)
        definition.inputLocation = values["input"]?.location
        definition.warnings = deprecations + repeatedStages(stages)
        return definition
    }

    /// A stage that appears twice with the same options: allowed (a stage may be meant to apply
    /// twice), but usually a copy-and-paste slip, so it is a warning.
    private func repeatedStages(_ stages: [ConfiguredStage]) -> [PipelineError] {
        var first: [String: ConfiguredStage] = [:]
        var warnings: [PipelineError] = []
        for stage in stages {
            let key = stage.name + "\u{0}" + stage.options.jsonText
            if let earlier = first[key] {
                warnings.append(PipelineError(
                    "stage '\(stage.name)' repeats the stage at line \(earlier.location.line) with the same options; it runs twice and the second overwrites the first's layers",
                    at: stage.location))
            } else {
                first[key] = stage
            }
        }
        return warnings
    }

    private func parseLimits(_ node: YAMLNode) throws -> Limits {
        guard case .mapping(let pairs) = node.kind else {
            throw PipelineError("'limits' must be a mapping of max_document_bytes and stage_time_budget", at: node.location)
        }
        var limits = Limits()
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            switch (key, pair.value.json) {
            case ("max_document_bytes", .integer(let value)) where value > 0:
                limits.maxDocumentBytes = value
            case ("stage_time_budget", .integer(let value)) where value > 0:
                limits.stageTimeBudget = Double(value)
            case ("stage_time_budget", .number(let value)) where value > 0:
                limits.stageTimeBudget = value
            case ("max_document_bytes", _), ("stage_time_budget", _):
                throw PipelineError("limits.\(key) must be a positive number", at: pair.value.location)
            default:
                throw PipelineError("unknown limit '\(key)' (limits: max_document_bytes, stage_time_budget)", at: pair.key.location)
            }
        }
        return limits
    }

    private func resolve(_ path: String, against folder: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : folder.appendingPathComponent(path).standardizedFileURL
    }

    private func string(_ node: YAMLNode, key: String) throws -> String {
        guard let value = node.scalar, !value.isEmpty else {
            throw PipelineError("'\(key)' must be a string; found \(node.kindName == "a scalar" ? "nothing" : node.kindName)", at: node.location)
        }
        return value
    }

    private func stringList(_ node: YAMLNode, key: String) throws -> [String] {
        if case .sequence(let items) = node.kind { return try items.map { try string($0, key: key) } }
        return [try string(node, key: key)]
    }

    /// The snake_case spelling of a camelCase option name (`keepUnlabeled` → `keep_unlabeled`).
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty {
                result += "_" + character.lowercased()
            } else {
                result += character.lowercased()
            }
        }
        return result
    }

    /// Configures one stage entry. An option written in the camelCase spelling of a snake_case
    /// option (the spelling of earlier releases) is accepted under its new name, with a deprecation
    /// warning at the key.
    private func configure(_ entry: YAMLNode, deprecations: inout [PipelineError]) throws -> ConfiguredStage {
        let nameNode: YAMLNode
        var optionsNode: YAMLNode?
        switch entry.kind {
        case .scalar:
            nameNode = entry
        case .mapping(let pairs) where pairs.count == 1:
            nameNode = pairs[0].key
            optionsNode = pairs[0].value
        default:
            throw PipelineError("a stage entry is a stage name or a one-key mapping 'name: {options}'; found \(entry.kindName)", at: entry.location)
        }
        let name = nameNode.scalar ?? ""
        guard let type = registry.stage(named: name) else {
            var message = "unknown stage '\(name)'"
            if let close = registry.suggestion(for: name) { message += " — did you mean '\(close)'?" }
            message += " (run 'docpipe stages' for the list)"
            throw PipelineError(message, at: nameNode.location)
        }
        var user = JSONValue.object([:])
        if let optionsNode {
            switch optionsNode.kind {
            case .mapping(let pairs):
                let known = Set(type.optionNames)
                var renamed: [String: String] = [:]
                for pair in pairs where !known.contains(pair.key.scalar ?? "") {
                    let key = pair.key.scalar ?? ""
                    let modern = Self.snakeCase(key)
                    guard modern != key, known.contains(modern) else {
                        throw PipelineError(OptionDecoding.unknownOptionMessage(key, stage: name, known: known), at: pair.key.location)
                    }
                    if pairs.contains(where: { $0.key.scalar == modern }) {
                        throw PipelineError("option '\(key)' of stage '\(name)' is the old spelling of '\(modern)', which is also given; keep only '\(modern)'", at: pair.key.location)
                    }
                    deprecations.append(PipelineError(
                        "option '\(key)' of stage '\(name)' is deprecated: write '\(modern)' (the old spelling is accepted until the next release)",
                        at: pair.key.location))
                    renamed[key] = modern
                }
                user = optionsNode.json
                if !renamed.isEmpty, case .object(var fields) = user {
                    for (old, modern) in renamed {
                        fields[modern] = fields[old]
                        fields[old] = nil
                    }
                    user = .object(fields)
                }
            case .scalar(let value, _) where value.isEmpty:
                break
            default:
                throw PipelineError("the options of stage '\(name)' must be a mapping; found \(optionsNode.kindName)", at: optionsNode.location)
            }
        }
        do {
            return try type.configure(options: user, location: nameNode.location)
        } catch let error as PipelineError where error.location == nameNode.location {
            throw locate(error, in: optionsNode, stage: type)
        }
    }

    private func locate(_ error: PipelineError, in options: YAMLNode?, stage: any Stage.Type) -> PipelineError {
        guard let options, case .mapping(let pairs) = options.kind else { return error }
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            if error.message.contains("'\(key)'") {
                return PipelineError(error.message, at: pair.value.location)
            }
        }
        return PipelineError(error.message, at: options.location)
    }

    private func checkLayers(_ stages: [ConfiguredStage]) throws {
        var produced: Set<String> = []
        var problems: [PipelineError] = []
        for stage in stages {
            for layer in stage.type.reads where !produced.contains(layer) && !produced.contains("*") {
                let producers = registry.stages.filter { $0.writes.contains(layer) }.map { $0.name }.sorted()
                let hint = producers.isEmpty ? "" : " — put \(producers.map { "'\($0)'" }.joined(separator: " or ")) before it"
                problems.append(PipelineError("stage '\(stage.name)' needs the '\(layer)' layer, which no earlier stage writes\(hint)", at: stage.location))
            }
            produced.formUnion(stage.type.writes)
        }
        if var first = problems.first {
            first.further = Array(problems.dropFirst())
            throw first
        }
    }
}

extension Stage {
    static var optionNames: [String] { Options.optionInfos.map(\.name) }

    static func configure(options: JSONValue, location: SourceLocation) throws -> ConfiguredStage {
        let merged = try OptionDecoding.merge(Options.self, stage: name, user: options, location: location)
        let decoded: Options
        do {
            decoded = try JSONCoding.decode(Options.self, from: merged)
        } catch let error as DecodingError {
            throw PipelineError(OptionDecoding.describe(error, stage: name, infos: Options.optionInfos), at: location)
        }
        let probe = StageContext(pipelineName: "validate", pipelineDirectory: URL(fileURLWithPath: location.file).deletingLastPathComponent())
        do {
            _ = try Self(options: decoded, context: probe)
        } catch {
            throw PipelineError("stage '\(name)': \(error)", at: location)
        }
        return ConfiguredStage(type: self, options: merged, location: location) { context in
            try Self(options: decoded, context: context)
        }
    }
}

extension OptionDecoding {
    static func describe(_ error: DecodingError, stage: String, infos: [OptionInfo]) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(_, let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        guard let key = path.first?.stringValue, let info = infos.first(where: { $0.name == key }) else {
            return "stage '\(stage)': options do not decode: \(error)"
        }
        return "option '\(key)' of stage '\(stage)' must be \(info.type)"
    }
}
