import Foundation

/// Signs that a container format's text is encrypted, so that the document fails with
/// ``ConversionError/encrypted(format:)`` instead of a confusing XML or zip complaint.
enum EncryptionMarkers {
    /// The first bytes of an OLE compound file, the container Word uses for a password-protected
    /// DOCX (the zip is inside it, encrypted, as a stream named `EncryptedPackage`).
    static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether the bytes are an OLE compound file holding an `EncryptedPackage` stream (directory
    /// entry names are UTF-16LE).
    static func isEncryptedOfficePackage(_ data: Data) -> Bool {
        guard data.count >= 512, data.prefix(8).elementsEqual(compoundFileMagic) else { return false }
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }

    /// Whether an OpenDocument manifest (`META-INF/manifest.xml`) declares encrypted entries.
    static func manifestDeclaresEncryption(_ manifest: Data?) -> Bool {
        guard let manifest else { return false }
        return manifest.range(of: Data("encryption-data".utf8)) != nil
    }

    /// Whether an EPUB's `META-INF/encryption.xml` encrypts a content document (XHTML or HTML).
    /// Fonts obfuscated under the IDPF or Adobe algorithms are not content and do not count.
    static func epubEncryptsContent(_ encryption: Data?) -> Bool {
        guard let encryption, let text = String(data: encryption, encoding: .utf8) else { return false }
        let pattern = #"URI\s*=\s*["'][^"']*\.(x?html?|xml)["']"#
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
