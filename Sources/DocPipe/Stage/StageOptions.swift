/// A stage's options: a `Codable` struct whose every property is an ``Option`` with a default.
///
/// ```swift
/// struct Options: StageOptions {
///     @Option(help: "Sentences per summary.") var sentences = 3
/// }
/// ```
/// Decoding, `docpipe describe` and the docs all come from this one declaration:
/// a missing key takes the default, an unknown key is an error with its position.
public protocol StageOptions: Codable, Sendable {
    /// All defaults.
    init()
}

/// Options of a stage that has none.
public struct NoOptions: StageOptions {
    /// Creates the empty options.
    public init() {}
}

/// One option of a stage: its value, default and help text, declared together.
@propertyWrapper
public struct Option<Value: Codable & Sendable>: Codable, Sendable {
    /// The option's value.
    public var wrappedValue: Value
    /// What the option does, shown by `docpipe describe`.
    public let help: String

    /// Declares an option.
    /// - Parameters:
    ///   - wrappedValue: the default.
    ///   - help: what the option does.
    public init(wrappedValue: Value, help: String) {
        self.wrappedValue = wrappedValue
        self.help = help
    }

    /// Decodes the bare value.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder)
        help = ""
    }

    /// Encodes the bare value.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

/// A description of one option, derived from its declaration.
public struct OptionInfo: Sendable, Hashable, Codable {
    /// The key in the pipeline file.
    public var name: String
    /// The value type in words: `integer`, `string`, `list of string`, …
    public var type: String
    /// The default, as JSON.
    public var defaultValue: JSONValue
    /// What the option does.
    public var help: String

    enum CodingKeys: String, CodingKey {
        case name, type, help
        case defaultValue = "default"
    }
}

protocol OptionReflecting {
    var helpText: String { get }
    var valueType: Any.Type { get }
    var defaultJSON: JSONValue { get }
}

extension Option: OptionReflecting {
    var helpText: String { help }
    var valueType: Any.Type { Value.self }
    var defaultJSON: JSONValue {
        (try? JSONCoding.decode(JSONValue.self, from: JSONCoding.data(OptionalBox(value: wrappedValue))))
            .flatMap { if case .object(let box) = $0 { box["value"] ?? .null } else { nil } } ?? .null
    }
}

private struct OptionalBox<Value: Encodable>: Encodable {
    var value: Value
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
    }
    enum CodingKeys: String, CodingKey { case value }
}

extension StageOptions {
    /// Every option of this type, in declaration order.
    public static var optionInfos: [OptionInfo] {
        Mirror(reflecting: Self()).children.compactMap { child in
            guard let label = child.label, let option = child.value as? any OptionReflecting else { return nil }
            let name = label.hasPrefix("_") ? String(label.dropFirst()) : label
            return OptionInfo(
                name: name, type: OptionType.describe(option.valueType),
                defaultValue: option.defaultJSON, help: option.helpText)
        }
    }
}

/// An option value of a structured type that says in words what it is, for `docpipe describe`.
public protocol DescribedOptionValue {
    /// The type in words, e.g. `mapping: gazetteers (list of file), patterns (file or list of file)`.
    static var typeDescription: String { get }
}

enum OptionType {
    static func describe(_ type: Any.Type) -> String {
        if let described = type as? any DescribedOptionValue.Type { return described.typeDescription }
        switch type {
        case is Int.Type: return "integer"
        case is Double.Type: return "number"
        case is Bool.Type: return "boolean"
        case is String.Type: return "string"
        case is [String].Type: return "list of string"
        case is [Int].Type: return "list of integer"
        case is String?.Type: return "string (optional)"
        case is Int?.Type: return "integer (optional)"
        case is Double?.Type: return "number (optional)"
        case is [String]?.Type: return "list of string (optional)"
        case is [String: String].Type: return "mapping of string to string"
        default: return String(describing: type)
        }
    }
}
