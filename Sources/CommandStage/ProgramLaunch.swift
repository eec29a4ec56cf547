import Foundation

/// How to start the external program.
struct ProgramLaunch: Sendable {
    var program: String
    var arguments: [String]
    var environment: [String: String]
    var directory: URL
}
