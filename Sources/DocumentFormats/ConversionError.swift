/// Why a document could not be converted; each message says what to do where something can be done.
public enum ConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The helper program is not installed.
    case missingProgram(String, package: String)
    /// The helper program could not be started.
    case cannotStart(program: String, reason: String)
    /// The file needs a password.
    case encrypted(format: String)
    /// The file has no text to read (a scanned PDF).
    case noText(format: String, pages: Int)
    /// The helper program ran past its time limit.
    case timedOut(program: String, seconds: Double)
    /// The helper program crashed or hit its CPU or memory limit.
    case crashed(program: String, signal: Int32)
    /// The helper program wrote more than the output limit.
    case tooMuchOutput(program: String, bytes: Int)
    /// The file is damaged or not what its magic bytes say.
    case unreadable(format: String, detail: String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .missingProgram(let program, let package):
            return "\(program) is not installed; install the Debian package \(package) to read this format"
        case .cannotStart(let program, let reason):
            return "could not start \(program): \(reason)"
        case .encrypted(let format):
            return "the \(format) is encrypted (password-protected); DocPipe does not decrypt documents, save an unprotected copy"
        case .noText(let format, let pages):
            return "the \(format) has no text layer (\(pages) page(s) of images only, probably scanned); DocPipe does not do OCR yet, run an OCR tool (e.g. ocrmypdf) first"
        case .timedOut(let program, let seconds):
            return String(format: "%@ took longer than %.0f s and was stopped; the file is quarantined (hostile or very large?)", program, seconds)
        case .crashed(let program, let signal):
            return "\(program) crashed or hit its CPU/memory limit (signal \(signal)); the file is quarantined (damaged or hostile?)"
        case .tooMuchOutput(let program, let bytes):
            return "\(program) wrote more than \(bytes) bytes of text and was stopped; the file is quarantined"
        case .unreadable(let format, let detail):
            return "not a readable \(format): \(detail)"
        }
    }
}
