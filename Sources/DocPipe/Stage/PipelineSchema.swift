/// Builds a JSON Schema (draft 2020-12) of the pipeline format from the registered stages, so
/// editors (yaml-language-server) complete and check pipeline files.
public enum PipelineSchema {
    /// The schema as a JSON value.
    /// - Parameter registry: the stages the schema allows.
    /// - Returns: the schema.
    public static func make(for registry: StageRegistry) -> JSONValue {
        var stageEntries: [JSONValue] = []
        for name in registry.names {
            guard let stage = registry.stage(named: name) else { continue }
            var properties: [String: JSONValue] = [:]
            for option in stage.optionInfos {
                var property = schema(forType: option.type)
                property["description"] = .string(option.help)
                property["default"] = option.defaultValue
                properties[option.name] = .object(property)
            }
            let options: JSONValue = ["type": "object", "additionalProperties": false, "properties": .object(properties)]
            stageEntries.append(["const": .string(name), "description": .string(stage.abstract)])
            stageEntries.append([
                "type": "object", "description": .string(stage.abstract), "additionalProperties": false,
                "minProperties": 1, "maxProperties": 1,
                "properties": .object([name: ["anyOf": [options, ["type": "null"]]]]),
            ])
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "DocPipe pipeline",
            "type": "object",
            "additionalProperties": false,
            "required": ["stages"],
            "properties": [
                "name": ["type": "string", "description": "The pipeline's name (default: the file name)."],
                "description": ["description": "Free text; ignored by the runner."],
                "input": [
                    "description": "Input files or folders relative to this file, or '-' for JSON Lines on stdin.",
                    "anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"]]],
                ],
                "output": ["type": "string", "description": "The output folder, relative to this file."],
                "on_error": ["enum": ["skip", "fail"], "default": "skip", "description": "skip: report a failed document and go on; fail: stop the run."],
                "reference_date": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "The date relative dates resolve against."],
                "stages": ["type": "array", "minItems": 1, "items": ["anyOf": .array(stageEntries)]],
            ],
        ]
    }

    static func schema(forType type: String) -> [String: JSONValue] {
        let base = type.replacingOccurrences(of: " (optional)", with: "")
        var schema: [String: JSONValue]
        switch base {
        case "integer": schema = ["type": "integer"]
        case "number": schema = ["type": "number"]
        case "boolean": schema = ["type": "boolean"]
        case "string": schema = ["type": "string"]
        case "list of string": schema = ["type": "array", "items": ["type": "string"]]
        case "list of integer": schema = ["type": "array", "items": ["type": "integer"]]
        case "mapping of string to string": schema = ["type": "object", "additionalProperties": ["type": "string"]]
        default: schema = [:]
        }
        if type.hasSuffix("(optional)"), case .string(let name)? = schema["type"] {
            schema["type"] = [.string(name), "null"]
        }
        return schema
    }
}
