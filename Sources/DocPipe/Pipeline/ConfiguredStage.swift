/// A stage as a pipeline file configures it: its type, decoded options and where it is written.
public struct ConfiguredStage: Sendable {
    /// The stage type.
    public let type: any Stage.Type
    /// The options after defaults were filled in, as JSON (for manifests and cache keys).
    public let options: JSONValue
    /// Where the stage entry is in the pipeline file.
    public let location: SourceLocation
    let factory: @Sendable (StageContext) throws -> any Stage

    /// The stage's name.
    public var name: String { type.name }

    /// The record of this stage for manifests.
    public var record: StageRecord {
        StageRecord(name: type.name, version: type.version, options: options)
    }

    /// Creates the stage instance for a run.
    /// - Throws: ``PipelineError`` at the stage entry when the stage refuses its options.
    public func makeStage(context: StageContext) throws -> any Stage {
        do {
            return try factory(context)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError("stage '\(name)': \(error)", at: location)
        }
    }

    /// Builds a configured stage from options given as JSON (e.g. by a test or another tool).
    /// - Throws: ``PipelineError`` when the options do not decode or the stage refuses them.
    public static func make<S: Stage>(
        _ type: S.Type, options: JSONValue = .object([:]),
        location: SourceLocation = SourceLocation(file: "<code>", line: 1, column: 1)
    ) throws -> ConfiguredStage {
        try S.configure(options: options, location: location)
    }
}

enum OptionDecoding {
    static func defaults<O: StageOptions>(_ type: O.Type) -> [String: JSONValue] {
        guard case .object(let object)? = try? JSONCoding.decode(JSONValue.self, from: JSONCoding.data(O())) else { return [:] }
        return object
    }

    static func merge<O: StageOptions>(_ type: O.Type, stage: String, user: JSONValue, location: SourceLocation) throws -> JSONValue {
        var merged = defaults(type)
        let known = Set(O.optionInfos.map(\.name))
        let encoded = Set(merged.keys)
        guard encoded.isSubset(of: known) else {
            throw PipelineError(
                "stage '\(stage)' is built wrong: its options encode as \(encoded.sorted()) but are declared as \(known.sorted()); "
                    + "option names come from the property names, so remove custom CodingKeys", at: location)
        }
        if case .object(let given) = user {
            for (key, value) in given.sorted(by: { $0.key < $1.key }) {
                guard known.contains(key) else {
                    throw PipelineError(unknownOptionMessage(key, stage: stage, known: known), at: location)
                }
                merged[key] = value
            }
        }
        return .object(merged)
    }

    static func unknownOptionMessage(_ key: String, stage: String, known: Set<String>) -> String {
        let close = known.map { ($0, EditDistance.between($0, key)) }.filter { $0.1 <= max(2, key.count / 3) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
        if known.isEmpty { return "stage '\(stage)' takes no options; found '\(key)'" }
        var message = "unknown option '\(key)' for stage '\(stage)'"
        if let close { message += " — did you mean '\(close)'?" }
        message += " (options: \(known.sorted().joined(separator: ", ")))"
        return message
    }
}
