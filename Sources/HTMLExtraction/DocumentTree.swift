internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The visible part of a parsed page as flat arrays (fast to score and free of recursion), plus the
/// metadata elements met on the way (`<meta>`, `<title>`, `<time datetime>`).
struct DocumentTree: Sendable {
    /// The visible nodes in document order.
    var nodes: [TreeNode] = []
    /// The UTF-8 text of all text nodes, concatenated.
    var text: [UInt8] = []
    /// Every `<meta>` with a key and content, in document order.
    var metaTags: [MetaTag] = []
    /// The text of the first `<title>`.
    var title: String?
    /// The `datetime` values of `<time>` elements, in document order.
    var times: [String] = []

    private static let classHash = NameHasher.hash("class")
    private static let idHash = NameHasher.hash("id")
    private static let roleHash = NameHasher.hash("role")
    private static let itempropHash = NameHasher.hash("itemprop")
    private static let relHash = NameHasher.hash("rel")
    private static let hiddenHash = NameHasher.hash("hidden")
    private static let ariaHiddenHash = NameHasher.hash("aria-hidden")
    private static let styleHash = NameHasher.hash("style")
    private static let datetimeHash = NameHasher.hash("datetime")
    private static let propertyHash = NameHasher.hash("property")
    private static let nameHash = NameHasher.hash("name")
    private static let contentHash = NameHasher.hash("content")

    /// Flattens a libxml2 document.
    /// - Parameters:
    ///   - document: the parsed page.
    ///   - scan: the tag scan of the original bytes, used to give elements their byte ranges.
    init(document: htmlDocPtr, scan: SourceScan) {
        var cursors = [Int](repeating: 0, count: 256)
        var cues: [UInt64: ClassCue] = [:]
        var open: [(index: Int32, hidden: Bool)] = []
        var node = document.pointee.children
        nodes.reserveCapacity(4096)
        text.reserveCapacity(scan.sanitized.count / 2)
        while let current = node {
            var descend = false
            let hiddenHere = open.last?.hidden ?? false
            let type = current.pointee.type
            if type == XML_ELEMENT_NODE {
                let tag = HTMLTag.tag(forHash: NameHasher.hash(current.pointee.name))
                var sourceStart = -1
                var sourceEnd = -1
                if tag != .other {
                    let list = scan.elements[Int(tag.rawValue)]
                    var cursor = cursors[Int(tag.rawValue)]
                    let line = Int(current.pointee.line)
                    if line < 65535 {
                        while cursor < list.count && list[cursor].line < line { cursor += 1 }
                    }
                    if cursor < list.count && (line >= 65535 || list[cursor].line == line) {
                        sourceStart = list[cursor].start
                        sourceEnd = list[cursor].end
                        cursor += 1
                    }
                    cursors[Int(tag.rawValue)] = cursor
                }
                let attributes = Self.attributes(of: current)
                switch tag {
                case .meta:
                    if let key = attributes.metaKey, let content = attributes.metaContent {
                        metaTags.append(MetaTag(key: key.lowercased(), content: content))
                    }
                case .title where title == nil:
                    title = Self.textContent(of: current)
                case .time:
                    if let value = attributes.datetime { times.append(value) }
                default:
                    break
                }
                let hidden = hiddenHere || tag.isInvisible || attributes.isHidden
                if !hidden {
                    var cue = ClassCue()
                    if attributes.cueHash != 0 && !tag.isPhrasing {
                        if let known = cues[attributes.cueHash] {
                            cue = known
                        } else {
                            cue = ClassCue.classify(Self.cueText(of: current))
                            cues[attributes.cueHash] = cue
                        }
                    }
                    let index = Int32(nodes.count)
                    nodes.append(TreeNode(
                        tag: tag, isText: false, parent: open.last(where: { !$0.hidden })?.index ?? -1, end: index + 1,
                        textStart: -1, textEnd: -1, cue: cue,
                        isHidden: false, namesAuthor: attributes.namesAuthor,
                        sourceStart: sourceStart, sourceEnd: sourceEnd))
                    if current.pointee.children != nil {
                        open.append((index, false))
                        descend = true
                    }
                } else if current.pointee.children != nil {
                    open.append((-1, true))
                    descend = true
                }
            } else if (type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE) && !hiddenHere,
                      let content = current.pointee.content {
                let start = Int32(text.count)
                let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                if Int32(text.count) > start {
                    let index = Int32(nodes.count)
                    nodes.append(TreeNode(
                        tag: .other, isText: true, parent: open.last?.index ?? -1, end: index + 1,
                        textStart: start, textEnd: Int32(text.count), cue: ClassCue(), isHidden: false,
                        namesAuthor: false, sourceStart: -1, sourceEnd: -1))
                }
            }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var climb = current
            node = nil
            while true {
                if let next = climb.pointee.next {
                    node = next
                    break
                }
                guard let parent = climb.pointee.parent, UnsafeMutableRawPointer(parent) != UnsafeMutableRawPointer(document),
                      let closed = open.popLast() else { break }
                if !closed.hidden { nodes[Int(closed.index)].end = Int32(nodes.count) }
                climb = parent
            }
        }
        for closed in open.reversed() where !closed.hidden {
            nodes[Int(closed.index)].end = Int32(nodes.count)
        }
    }

    private struct Attributes {
        var cueHash: UInt64 = 0
        var isHidden = false
        var namesAuthor = false
        var datetime: String?
        var metaKey: String?
        var metaContent: String?
    }

    private static func attributes(of element: xmlNodePtr) -> Attributes {
        var result = Attributes()
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let hash = NameHasher.hash(current.pointee.name)
            let valueNode = current.pointee.children
            let value = valueNode?.pointee.content
            switch hash {
            case classHash, idHash, roleHash:
                if let value {
                    var hasher = NameHasher()
                    var cursor = value
                    while cursor.pointee != 0 {
                        hasher.add(cursor.pointee)
                        cursor += 1
                    }
                    result.cueHash = result.cueHash &* 31 &+ hasher.value
                }
            case itempropHash:
                if let value {
                    if contains(value, "author") { result.namesAuthor = true }
                    if result.metaKey == nil { result.metaKey = String(cString: value) }
                }
            case relHash:
                if let value, contains(value, "author") { result.namesAuthor = true }
            case hiddenHash:
                result.isHidden = true
            case ariaHiddenHash:
                if let value, contains(value, "true") { result.isHidden = true }
            case styleHash:
                if let value, contains(value, "none") || contains(value, "hidden") {
                    var compact: [UInt8] = []
                    var cursor = value
                    while cursor.pointee != 0 {
                        let c = cursor.pointee
                        if c != 32 { compact.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
                        cursor += 1
                    }
                    if compact.count < 2000 {
                        let style = String(decoding: compact, as: UTF8.self)
                        if style.contains("display:none") || style.contains("visibility:hidden") { result.isHidden = true }
                    }
                }
            case datetimeHash:
                if let value { result.datetime = String(cString: value) }
            case propertyHash, nameHash:
                if let value { result.metaKey = String(cString: value) }
            case contentHash:
                if let value { result.metaContent = String(cString: value) }
            default:
                break
            }
        }
        return result
    }

    /// The `class`, `id` and `role` values of an element, joined by spaces.
    private static func cueText(of element: xmlNodePtr) -> [UInt8] {
        var text: [UInt8] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let hash = NameHasher.hash(current.pointee.name)
            guard hash == classHash || hash == idHash || hash == roleHash,
                  let value = current.pointee.children?.pointee.content else { continue }
            var cursor = value
            while cursor.pointee != 0 {
                text.append(cursor.pointee)
                cursor += 1
            }
            text.append(32)
        }
        return text
    }

    /// Whether a C string contains an ASCII word, ignoring case.
    private static func contains(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var start = value
        while start.pointee != 0 {
            var m = 0
            while m < needle.count {
                let c = start[m]
                if c == 0 || (c >= 65 && c <= 90 ? c | 0x20 : c) != needle[m] { break }
                m += 1
            }
            if m == needle.count { return true }
            start += 1
        }
        return false
    }

    private static func textContent(of element: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = element.pointee.children
        while let current = child {
            if let content = current.pointee.content, current.pointee.type == XML_TEXT_NODE {
                var cursor = content
                while cursor.pointee != 0 {
                    bytes.append(cursor.pointee)
                    cursor += 1
                }
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
