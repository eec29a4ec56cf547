import DocPipe
import Foundation

/// Reads a PDF's text layer with poppler's `pdftotext -bbox-layout` and `pdfinfo` (Debian
/// `poppler-utils`, GPL), run as separate, limited processes (``LimitedProgram``), never linked.
///
/// Recognised by `%PDF-` in the first 1,024 bytes. The words' boxes are read back into pages of
/// blocks of lines; running headers, footers and page numbers are dropped (``RunningLines``);
/// blocks are put in reading order across columns (``ReadingOrder``); paragraphs are rebuilt and
/// words hyphenated at line ends joined (``ParagraphBuilder``). Each paragraph's block records
/// its page and box. Title, author and date come from the document information dictionary,
/// completed from the XMP packet. An encrypted PDF, one without a text layer (scanned), or one
/// that makes a tool hang, crash or overrun its limits fails with a message saying so.
public struct PDFConverter: DocumentConverter {
    /// `pdf`.
    public let format = "pdf"
    /// Version 1.
    public let version = "1"
    /// `pdf`.
    public let extensions = ["pdf"]
    /// The limits of each tool's run.
    public var limits: ConversionLimits

    /// Creates the converter.
    /// - Parameter limits: the limits of each tool's run on one document.
    public init(limits: ConversionLimits = ConversionLimits()) {
        self.limits = limits
    }

    /// Whether `%PDF-` occurs in the first 1,024 bytes.
    public func recognizes(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        let magic = Array("%PDF-".utf8)
        guard head.count >= magic.count else { return false }
        let bytes = Array(head)
        for start in 0...(bytes.count - magic.count) where bytes[start] == magic[0] && Array(bytes[start..<start + magic.count]) == magic {
            return true
        }
        return false
    }

    /// Converts one PDF.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        guard let pdfinfo = LimitedProgram.locate("pdfinfo"), let pdftotext = LimitedProgram.locate("pdftotext") else {
            throw ConversionError.missingProgram("pdftotext/pdfinfo", package: "poppler-utils")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docpipe-pdf-\(UUID().uuidString).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let infoRun = try LimitedProgram(path: pdfinfo, limits: limits).run(["-isodates", file.path])
        try check(infoRun, program: "pdfinfo")
        let info = PDFInfo(String(decoding: infoRun.output, as: UTF8.self))
        var metadata = info.metadata
        if info.hasXMP, let xmpRun = try? LimitedProgram(path: pdfinfo, limits: limits).run(["-meta", file.path]), xmpRun.ending == .exited(0) {
            let xmp = XMPMetadata(xmpRun.output)
            metadata.title = metadata.title ?? xmp.title
            metadata.author = metadata.author ?? xmp.author
            metadata.date = metadata.date ?? xmp.created.flatMap(PDFInfo.day)
            if metadata.extra["created"] == nil, let created = xmp.created { metadata.extra["created"] = .string(created) }
            if metadata.extra["modified"] == nil, let modified = xmp.modified { metadata.extra["modified"] = .string(modified) }
        }

        let textRun = try LimitedProgram(path: pdftotext, limits: limits).run(["-bbox-layout", "-enc", "UTF-8", file.path, "-"])
        try check(textRun, program: "pdftotext")
        guard let pages = BBoxLayoutReader.pages(from: textRun.output) else {
            throw ConversionError.unreadable(format: "PDF", detail: "pdftotext wrote no readable layout")
        }
        guard pages.contains(where: \.hasText) else {
            throw ConversionError.noText(format: "PDF", pages: max(pages.count, info.pages))
        }
        let (cleaned, dropped) = RunningLines.removed(from: pages)
        let blocks = cleaned.flatMap { ReadingOrder.ordered($0.blocks) }
        var builder = ConvertedTextBuilder()
        for paragraph in ParagraphBuilder.paragraphs(of: blocks) {
            let first = paragraph.lines[0]
            let box = paragraph.lines.filter { $0.page == first.page }.map(\.box).reduce(first.box) { $0.union($1) }
            builder.append(ParagraphBuilder.text(of: paragraph.lines), kind: paragraph.kind, page: first.page, box: box.rounded)
        }
        metadata.extra["running_lines_removed"] = .integer(dropped)
        var warnings: [String] = []
        let empty = pages.filter { !$0.hasText }.count
        if empty > 0 {
            warnings.append("\(empty) of \(pages.count) PDF page(s) have no text layer (images only; OCR is not done)")
        }
        return ConvertedDocument(text: builder.text, metadata: metadata, blocks: builder.blocks, warnings: warnings)
    }

    /// Throws the error a tool's failed run means.
    private func check(_ result: ProgramResult, program: String) throws {
        switch result.ending {
        case .exited(0):
            return
        case .exited:
            let message = result.errors.split(separator: "\n").first.map(String.init) ?? "exit status \(result.ending)"
            if message.localizedCaseInsensitiveContains("password") { throw ConversionError.encrypted(format: "PDF") }
            throw ConversionError.unreadable(format: "PDF", detail: "\(program): \(message)")
        case .signaled(let signal):
            throw ConversionError.crashed(program: program, signal: signal)
        case .timedOut:
            throw ConversionError.timedOut(program: program, seconds: limits.seconds)
        case .tooMuchOutput:
            throw ConversionError.tooMuchOutput(program: program, bytes: limits.outputBytes)
        }
    }
}
