/// A light scanner over the original bytes of a page. It records where every start tag of a known
/// element begins and ends (so that DOM elements can be traced back to byte ranges), removes the
/// contents that libxml2 would only spend time on (scripts, styles, comments, `svg`), and blanks tags
/// nested deeper than libxml2's depth limit so that a pathological page still parses.
struct SourceScanner {
    /// Nesting depth beyond which tags are blanked (libxml2 stops parsing at 256 levels).
    static let depthLimit = 200

    private struct OpenElement {
        var hash: UInt64
        var tag: HTMLTag
        var index: Int
        var blanked: Bool
    }

    private static let typeHash = NameHasher.hash("type")

    /// The attributes the extractor reads; all others are left out of the parsed copy.
    private static let keptAttributes: Set<UInt64> = Set([
        "class", "id", "role", "itemprop", "rel", "hidden", "aria-hidden", "style", "datetime", "property", "name",
        "content", "charset", "http-equiv",
    ].map { NameHasher.hash($0) })

    /// Scans `bytes`.
    /// - Parameter bytes: the original HTML.
    /// - Returns: the sanitized copy, element positions, JSON-LD blocks and the declared encoding.
    static func scan(_ bytes: [UInt8]) -> SourceScan {
        var result = SourceScan(
            sanitized: [], elements: Array(repeating: [], count: 256), linkedData: [], declaredEncoding: nil)
        result.sanitized.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, into: &result)
        }
        return result
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, into result: inout SourceScan) {
        let n = b.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var stack: [OpenElement] = []
        var line = 1
        var i = 0

        func copy(_ from: Int, _ to: Int) {
            var k = from
            while k < to {
                if b[k] == 10 { line += 1 }
                k += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<to]))
        }
        func blank(_ from: Int, _ to: Int) {
            var k = from
            while k < to {
                if b[k] == 10 {
                    line += 1
                    out.append(10)
                }
                k += 1
            }
        }
        func find(_ needle: [UInt8], from: Int, before limit: Int? = nil) -> Int? {
            guard let first = needle.first else { return from }
            var k = from
            let last = min(limit ?? n, n) - needle.count
            while k <= last {
                if b[k] == first || (first >= 97 && b[k] == first - 32) {
                    var matched = true
                    var m = 1
                    while m < needle.count {
                        let c = b[k + m]
                        let folded = c >= 65 && c <= 90 ? c | 0x20 : c
                        if folded != needle[m] { matched = false; break }
                        m += 1
                    }
                    if matched { return k }
                }
                k += 1
            }
            return nil
        }
        func close(downTo index: Int, end: Int) {
            while stack.count > index {
                let open = stack.removeLast()
                if !open.blanked && open.index >= 0 {
                    result.elements[Int(open.tag.rawValue)][open.index].end = end
                }
            }
        }
        func closeImplied(by tag: HTMLTag, at position: Int) {
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
        func closeNearest(_ tag: HTMLTag, stoppingAt boundaries: Set<HTMLTag>, at position: Int) {
            var k = stack.count - 1
            while k >= 0 {
                if stack[k].tag == tag {
                    close(downTo: k, end: position)
                    return
                }
                if boundaries.contains(stack[k].tag) { return }
                k -= 1
            }
        }
        func isNameStart(_ c: UInt8) -> Bool {
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c == 58
        }
        func isNameByte(_ c: UInt8) -> Bool {
            isNameStart(c) || (c >= 48 && c <= 57) || c == 45 || c == 46
        }

        while i < n {
            var lt = i
            while lt < n && b[lt] != 60 { lt += 1 }
            copy(i, lt)
            if lt >= n { break }
            guard lt + 1 < n else {
                copy(lt, n)
                break
            }
            let next = b[lt + 1]
            if next == 33 {
                if lt + 3 < n && b[lt + 2] == 45 && b[lt + 3] == 45 {
                    let close = find(Array("-->".utf8), from: lt + 4).map { $0 + 3 } ?? n
                    blank(lt, close)
                    i = close
                } else {
                    var gt = lt + 2
                    while gt < n && b[gt] != 62 { gt += 1 }
                    let stop = min(n, gt + 1)
                    copy(lt, stop)
                    i = stop
                }
                continue
            }
            if next == 63 {
                var gt = lt + 2
                while gt < n && b[gt] != 62 { gt += 1 }
                let stop = min(n, gt + 1)
                copy(lt, stop)
                i = stop
                continue
            }
            if next == 47 {
                guard lt + 2 < n, isNameStart(b[lt + 2]) else {
                    copy(lt, lt + 1)
                    i = lt + 1
                    continue
                }
                var hasher = NameHasher()
                var k = lt + 2
                while k < n && isNameByte(b[k]) {
                    hasher.add(b[k])
                    k += 1
                }
                while k < n && b[k] != 62 { k += 1 }
                let stop = min(n, k + 1)
                var match = stack.count - 1
                while match >= 0 && stack[match].hash != hasher.value { match -= 1 }
                if match >= 0 {
                    let blanked = stack[match].blanked
                    close(downTo: match + 1, end: lt)
                    close(downTo: match, end: stop)
                    if blanked { blank(lt, stop) } else { copy(lt, stop) }
                } else {
                    copy(lt, stop)
                }
                i = stop
                continue
            }
            guard isNameStart(next) else {
                copy(lt, lt + 1)
                i = lt + 1
                continue
            }
            var hasher = NameHasher()
            var k = lt + 1
            while k < n && isNameByte(b[k]) {
                hasher.add(b[k])
                k += 1
            }
            let tag = HTMLTag.tag(forHash: hasher.value)
            if tag != .other { closeImplied(by: tag, at: lt) }
            let tooDeep = stack.count >= depthLimit
            if tooDeep { blank(lt, k) } else { copy(lt, k) }
            var isLinkedData = false
            var selfClosing = false
            while k < n && b[k] != 62 {
                let c = b[k]
                if c == 32 || c == 9 || c == 10 || c == 13 || c == 12 || c == 47 {
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
                    if d == 32 || d == 9 || d == 10 || d == 13 || d == 12 || d == 61 || d == 62 { break }
                    if d == 47 && k + 1 < n && b[k + 1] == 62 { break }
                    nameHasher.add(d)
                    k += 1
                }
                var j = k
                while j < n && (b[j] == 32 || b[j] == 9 || b[j] == 10 || b[j] == 13 || b[j] == 12) { j += 1 }
                var valueStart = k
                var valueEnd = k
                if j < n && b[j] == 61 {
                    j += 1
                    while j < n && (b[j] == 32 || b[j] == 9 || b[j] == 10 || b[j] == 13 || b[j] == 12) { j += 1 }
                    if j < n && (b[j] == 34 || b[j] == 39) {
                        let quote = b[j]
                        valueStart = j + 1
                        j += 1
                        while j < n && b[j] != quote { j += 1 }
                        valueEnd = j
                        j = min(n, j + 1)
                    } else {
                        valueStart = j
                        while j < n && b[j] != 32 && b[j] != 9 && b[j] != 10 && b[j] != 13 && b[j] != 62 { j += 1 }
                        valueEnd = j
                    }
                    k = j
                }
                if k == attributeStart {
                    blank(k, k + 1)
                    k += 1
                    continue
                }
                if tag == .script && nameHasher.value == typeHash
                    && find(Array("ld+json".utf8), from: valueStart, before: valueEnd) != nil {
                    isLinkedData = true
                }
                if !tooDeep && keptAttributes.contains(nameHasher.value) {
                    out.append(32)
                    copy(attributeStart, k)
                } else {
                    blank(attributeStart, k)
                }
            }
            let stop = min(n, k + 1)
            if !tooDeep { out.append(contentsOf: selfClosing ? [47, 62] : [62]) }
            if tag.isVoid {
                if tag == .meta && result.declaredEncoding == nil && !tooDeep {
                    result.declaredEncoding = charset(in: UnsafeBufferPointer(rebasing: b[lt..<stop]))
                }
                if !tooDeep && tag != .other {
                    result.elements[Int(tag.rawValue)].append(SourceElement(start: lt, end: stop, line: line))
                }
                i = stop
                continue
            }
            var index = -1
            if !tooDeep && tag != .other {
                index = result.elements[Int(tag.rawValue)].count
                result.elements[Int(tag.rawValue)].append(SourceElement(start: lt, end: stop, line: line))
            }
            if selfClosing {
                i = stop
                continue
            }
            stack.append(OpenElement(hash: hasher.value, tag: tag, index: index, blanked: tooDeep))
            i = stop
            switch tag {
            case .script, .style, .noscript, .template, .svg, .math, .title, .textarea:
                let name = Array("</\(tag)".utf8)
                let closeAt = find(name, from: stop) ?? n
                if tag == .title || tag == .textarea {
                    copy(stop, closeAt)
                } else {
                    if isLinkedData {
                        result.linkedData.append(Array(UnsafeBufferPointer(rebasing: b[stop..<closeAt])))
                    }
                    blank(stop, closeAt)
                }
                i = closeAt
            default:
                break
            }
        }
        close(downTo: 0, end: n)
        result.sanitized = out
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
