#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A light scanner over the original bytes of a page. It records where every start tag of a known
/// element begins and ends (so that DOM elements can be traced back to byte ranges), removes what
/// libxml2 would only spend time on (the contents of scripts, styles, `svg` and `nav`, comments,
/// attributes the extractor never reads), and blanks tags nested deeper than libxml2's depth limit so that a
/// pathological page still parses. Every newline is kept, so line numbers match the original.
struct SourceScanner {
    /// Nesting depth beyond which tags are blanked (libxml2 stops parsing at 256 levels).
    static let depthLimit = 200

    private struct OpenElement {
        var hash: UInt64
        var tag: HTMLTag
        var index: Int
        var blanked: Bool
    }

    /// How far down the open elements an end tag looks for its start tag (bounds the work on
    /// pathological pages with thousands of unclosed elements; a stray end tag is ignored).
    static let searchWindow = 512

    private static let typeHash = NameHasher.hash("type")

    /// The attributes the extractor reads; all others are left out of the parsed copy.
    private static let keptAttributes: [UInt64] = [
        "class", "id", "role", "itemprop", "rel", "hidden", "aria-hidden", "style", "datetime", "property", "name",
        "content", "charset", "http-equiv",
    ].map { NameHasher.hash($0) }

    private static let rawTextClosers: [HTMLTag: [UInt8]] = Dictionary(
        uniqueKeysWithValues: [HTMLTag.script, .style, .noscript, .template, .svg, .math, .title, .textarea].map {
            ($0, Array("</\($0)".utf8))
        })

    private static let navigationCloser = Array("</nav".utf8)

    private let b: UnsafeBufferPointer<UInt8>
    private let out: UnsafeMutablePointer<UInt8>
    private var outCount = 0
    private var stack: [OpenElement] = []
    private var line = 1
    private var openPreformatted = 0
    private var seenDoctype = false
    private var result: SourceScan

    private init(_ bytes: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>) {
        b = bytes
        out = output
        result = SourceScan(sanitized: [], elements: Array(repeating: [], count: 256), linkedData: [], declaredEncoding: nil)
    }

    /// Scans `bytes`.
    /// - Parameter bytes: the original HTML.
    /// - Returns: the sanitized copy, element positions, JSON-LD blocks and the declared encoding.
    static func scan(_ bytes: [UInt8]) -> SourceScan {
        bytes.withUnsafeBufferPointer { buffer in
            var result: SourceScan?
            let sanitized = [UInt8](unsafeUninitializedCapacity: 2 * buffer.count + 16) { output, count in
                var scanner = SourceScanner(buffer, output: output.baseAddress!)
                scanner.run()
                count = scanner.outCount
                result = scanner.result
            }
            result!.sanitized = sanitized
            return result!
        }
    }

    private mutating func run() {
        let n = b.count
        var i = 0
        while i < n {
            let lt = nextByte(60, from: i) ?? n
            copyText(i, lt)
            guard lt + 1 < n else {
                copy(lt, n)
                break
            }
            let next = b[lt + 1]
            if next == 33 {
                i = declaration(at: lt)
            } else if next == 63 {
                let stop = min(n, (nextByte(62, from: lt + 2) ?? n) + 1)
                copy(lt, stop)
                i = stop
            } else if next == 47 {
                i = endTag(at: lt)
            } else if isNameStart(next) {
                i = startTag(at: lt)
            } else {
                copy(lt, lt + 1)
                i = lt + 1
            }
        }
        close(downTo: 0, end: n)
    }

    private mutating func declaration(at lt: Int) -> Int {
        let n = b.count
        if lt + 3 < n && b[lt + 2] == 45 && b[lt + 3] == 45 {
            let close = find([45, 45, 62], from: lt + 4, before: n).map { $0 + 3 } ?? n
            blank(lt, close)
            return close
        }
        if !seenDoctype, let subset = internalSubset(at: lt) {
            seenDoctype = true
            copy(lt, subset.open)
            blank(subset.open, subset.close + 1)
            copy(subset.close + 1, subset.end)
            return subset.end
        }
        let stop = min(n, (nextByte(62, from: lt + 2) ?? n) + 1)
        copy(lt, stop)
        return stop
    }

    /// The internal subset of a `<!DOCTYPE … [ … ]>` declaration at `lt`: the offsets of its `[`
    /// and `]` and the end of the declaration. HTML parsers end a doctype at its first `>`, so the
    /// subset's declarations (`<!ENTITY x "…">`) would otherwise be read as text. Quoted strings
    /// and comments inside the subset may hold `]` and `>`. Only the page's first doctype is
    /// looked at, so a page of many unclosed ones costs one scan.
    private mutating func internalSubset(at lt: Int) -> (open: Int, close: Int, end: Int)? {
        let n = b.count
        let keyword: [UInt8] = Array("doctype".utf8)
        guard lt + 2 + keyword.count <= n,
              keyword.indices.allSatisfy({ b[lt + 2 + $0] | 0x20 == keyword[$0] }) else { return nil }
        seenDoctype = true
        var k = lt + 2 + keyword.count
        var open: Int?
        while k < n, open == nil {
            switch b[k] {
            case 34, 39: k = (nextByte(b[k], from: k + 1) ?? n) + 1
            case 62: return nil
            case 91: open = k
            default: k += 1
            }
        }
        guard let open else { return nil }
        k = open + 1
        while k < n {
            switch b[k] {
            case 34, 39:
                k = (nextByte(b[k], from: k + 1) ?? n) + 1
            case 60 where k + 3 < n && b[k + 1] == 33 && b[k + 2] == 45 && b[k + 3] == 45:
                guard let close = find([45, 45, 62], from: k + 4, before: n) else { return nil }
                k = close + 3
            case 93:
                var end = k + 1
                while end < n, b[end] == 32 || b[end] == 9 || b[end] == 10 || b[end] == 13 { end += 1 }
                guard end < n, b[end] == 62 else { return nil }
                return (open, k, end + 1)
            default:
                k += 1
            }
        }
        return nil
    }

    private mutating func endTag(at lt: Int) -> Int {
        let n = b.count
        guard lt + 2 < n, isNameStart(b[lt + 2]) else {
            copy(lt, lt + 1)
            return lt + 1
        }
        var hasher = NameHasher()
        var k = lt + 2
        while k < n && isNameByte(b[k]) {
            hasher.add(b[k])
            k += 1
        }
        let stop = min(n, (nextByte(62, from: k) ?? n) + 1)
        var match = stack.count - 1
        let lowest = max(0, stack.count - Self.searchWindow)
        while match >= lowest && stack[match].hash != hasher.value { match -= 1 }
        if match >= lowest {
            let blanked = stack[match].blanked
            close(downTo: match + 1, end: lt)
            close(downTo: match, end: stop)
            if blanked { blank(lt, stop) } else { copy(lt, stop) }
        } else {
            copy(lt, stop)
        }
        return stop
    }

    private mutating func startTag(at lt: Int) -> Int {
        let n = b.count
        var hasher = NameHasher()
        var k = lt + 1
        while k < n && isNameByte(b[k]) {
            hasher.add(b[k])
            k += 1
        }
        let tag = HTMLTag.tag(forHash: hasher.value)
        if tag != .other { closeImplied(by: tag, at: lt) }
        let tooDeep = stack.count >= Self.depthLimit
        if tooDeep { blank(lt, k) } else { copy(lt, k) }
        var isLinkedData = false
        var selfClosing = false
        while k < n && b[k] != 62 {
            let c = b[k]
            if isSpace(c) || c == 47 {
                selfClosing = c == 47
                blank(k, k + 1)
                k += 1
                continue
            }
            selfClosing = false
            let attributeStart = k
            var nameHasher = NameHasher()
            while k < n {
                let d = b[k]
                if isSpace(d) || d == 61 || d == 62 || (d == 47 && k + 1 < n && b[k + 1] == 62) { break }
                nameHasher.add(d)
                k += 1
            }
            var j = k
            while j < n && isSpace(b[j]) { j += 1 }
            var valueStart = k
            var valueEnd = k
            if j < n && b[j] == 61 {
                j += 1
                while j < n && isSpace(b[j]) { j += 1 }
                if j < n && (b[j] == 34 || b[j] == 39) {
                    valueStart = j + 1
                    valueEnd = nextByte(b[j], from: j + 1) ?? n
                    j = min(n, valueEnd + 1)
                } else {
                    valueStart = j
                    while j < n && !isSpace(b[j]) && b[j] != 62 { j += 1 }
                    valueEnd = j
                }
                k = j
            }
            if k == attributeStart {
                blank(k, k + 1)
                k += 1
                continue
            }
            if tag == .script && nameHasher.value == Self.typeHash
                && find(Array("ld+json".utf8), from: valueStart, before: valueEnd) != nil {
                isLinkedData = true
            }
            if !tooDeep && Self.keptAttributes.contains(nameHasher.value) {
                if outCount == 0 || (out[outCount - 1] != 32 && out[outCount - 1] != 10) { emit(32) }
                copy(attributeStart, k)
            } else {
                blank(attributeStart, k)
            }
        }
        let stop = min(n, k + 1)
        if !tooDeep {
            if selfClosing { emit(47) }
            emit(62)
        }
        if tag.isVoid {
            if tag == .meta && result.declaredEncoding == nil && !tooDeep {
                result.declaredEncoding = Self.charset(in: UnsafeBufferPointer(rebasing: b[lt..<stop]))
            }
            if !tooDeep && tag != .other {
                result.elements[Int(tag.rawValue)].append(SourceElement(start: lt, end: stop, line: line))
            }
            return stop
        }
        var index = -1
        if !tooDeep && tag != .other {
            index = result.elements[Int(tag.rawValue)].count
            result.elements[Int(tag.rawValue)].append(SourceElement(start: lt, end: stop, line: line))
        }
        if selfClosing { return stop }
        stack.append(OpenElement(hash: hasher.value, tag: tag, index: index, blanked: tooDeep))
        if tag == .pre || tag == .textarea { openPreformatted += 1 }
        if tag == .nav && !tooDeep {
            guard let closeAt = find(Self.navigationCloser, from: stop, before: n) else { return stop }
            blank(stop, closeAt)
            return closeAt
        }
        guard let closer = Self.rawTextClosers[tag] else { return stop }
        let closeAt = find(closer, from: stop, before: n) ?? n
        if tag == .title || tag == .textarea {
            copy(stop, closeAt)
        } else {
            if isLinkedData { result.linkedData.append(Array(UnsafeBufferPointer(rebasing: b[stop..<closeAt]))) }
            blank(stop, closeAt)
        }
        return closeAt
    }

    private mutating func closeImplied(by tag: HTMLTag, at position: Int) {
        switch tag {
        case .li:
            closeNearest(.li, stoppingAt: [.ul, .ol, .menu, .body, .table], at: position)
        case .dt, .dd:
            closeNearest(.dt, stoppingAt: [.dl, .body, .table], at: position)
            closeNearest(.dd, stoppingAt: [.dl, .body, .table], at: position)
        case .tr:
            closeNearest(.tr, stoppingAt: [.table, .thead, .tbody, .tfoot], at: position)
        case .td, .th:
            closeNearest(.td, stoppingAt: [.tr, .table], at: position)
            closeNearest(.th, stoppingAt: [.tr, .table], at: position)
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .table, .pre, .blockquote, .section,
             .article, .aside, .nav, .header, .footer, .form, .hr, .figure, .main, .address, .fieldset,
             .details, .menu, .center:
            if let top = stack.last, top.tag == .p { close(downTo: stack.count - 1, end: position) }
        default:
            break
        }
    }

    private mutating func closeNearest(_ tag: HTMLTag, stoppingAt boundaries: Set<HTMLTag>, at position: Int) {
        var k = stack.count - 1
        let lowest = max(0, stack.count - Self.searchWindow)
        while k >= lowest {
            if stack[k].tag == tag {
                close(downTo: k, end: position)
                return
            }
            if boundaries.contains(stack[k].tag) { return }
            k -= 1
        }
    }

    private mutating func close(downTo index: Int, end: Int) {
        while stack.count > index {
            let open = stack.removeLast()
            if open.tag == .pre || open.tag == .textarea { openPreformatted -= 1 }
            if !open.blanked && open.index >= 0 {
                result.elements[Int(open.tag.rawValue)][open.index].end = end
            }
        }
    }

    private mutating func emit(_ byte: UInt8) {
        out[outCount] = byte
        outCount += 1
    }

    private mutating func copy(_ from: Int, _ to: Int) {
        guard to > from, let base = b.baseAddress else { return }
        line += countNewlines(UnsafeBufferPointer(rebasing: b[from..<to]))
        (out + outCount).update(from: base + from, count: to - from)
        outCount += to - from
    }

    private mutating func blank(_ from: Int, _ to: Int) {
        guard to > from else { return }
        let newlines = countNewlines(UnsafeBufferPointer(rebasing: b[from..<to]))
        line += newlines
        (out + outCount).update(repeating: 10, count: newlines)
        outCount += newlines
    }

    /// Copies text between tags, shortening every run of white space to one byte (a newline when the
    /// run holds one, so lines still count right); inside `pre` and `textarea` the text is copied as is.
    private mutating func copyText(_ from: Int, _ to: Int) {
        guard to > from else { return }
        if openPreformatted > 0 {
            copy(from, to)
            return
        }
        var previousSpace = false
        var k = from
        while k < to {
            let c = b[k]
            if c == 10 {
                line += 1
                if previousSpace && out[outCount - 1] == 32 {
                    out[outCount - 1] = 10
                } else {
                    out[outCount] = 10
                    outCount += 1
                }
                previousSpace = true
            } else if c == 32 || c == 9 || c == 13 || c == 12 {
                if !previousSpace {
                    out[outCount] = 32
                    outCount += 1
                }
                previousSpace = true
            } else {
                out[outCount] = c
                outCount += 1
                previousSpace = false
            }
            k += 1
        }
    }

    private func countNewlines(_ range: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = range.baseAddress else { return 0 }
        var count = 0
        var cursor = UnsafeRawPointer(base)
        var remaining = range.count
        while remaining > 0, let found = memchr(cursor, 10, remaining) {
            count += 1
            let consumed = UnsafeRawPointer(found) - cursor + 1
            cursor += consumed
            remaining -= consumed
        }
        return count
    }

    private func nextByte(_ byte: UInt8, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress else { return nil }
        guard let found = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of `needle` (lower-case ASCII; the page may use any case) in `from..<before`.
    private func find(_ needle: [UInt8], from: Int, before limit: Int) -> Int? {
        let first = needle[0]
        var k = from
        let last = min(limit, b.count) - needle.count
        while k <= last {
            if first < 65 || first > 122 {
                guard let next = nextByte(first, from: k), next <= last else { return nil }
                k = next
            } else if b[k] != first && b[k] != first - 32 {
                k += 1
                continue
            }
            var m = 1
            while m < needle.count {
                let c = b[k + m]
                if (c >= 65 && c <= 90 ? c | 0x20 : c) != needle[m] { break }
                m += 1
            }
            if m == needle.count { return k }
            k += 1
        }
        return nil
    }

    private func isSpace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13 || c == 12
    }

    private func isNameStart(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c == 58
    }

    private func isNameByte(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 48 && c <= 57) || c == 45 || c == 46
    }

    /// The value of a `charset=` inside a `<meta>` tag, lower-cased.
    private static func charset(in tag: UnsafeBufferPointer<UInt8>) -> String? {
        let key = Array("charset=".utf8)
        let count = tag.count
        var k = 0
        while k + key.count <= count {
            var matched = true
            for m in 0..<key.count {
                let c = tag[k + m]
                if (c >= 65 && c <= 90 ? c | 0x20 : c) != key[m] { matched = false; break }
            }
            if matched {
                var start = k + key.count
                while start < count && (tag[start] == 34 || tag[start] == 39 || tag[start] == 32) { start += 1 }
                var end = start
                while end < count, isCharsetByte(tag[end]) { end += 1 }
                guard end > start else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: tag[start..<end]), as: UTF8.self).lowercased()
            }
            k += 1
        }
        return nil
    }

    private static func isCharsetByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 58
    }
}
