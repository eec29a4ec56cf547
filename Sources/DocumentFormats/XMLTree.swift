internal import CLibXML2
import Foundation

/// A parsed XML document (libxml2), freed with the value. The network, external entities and
/// DTD loading are off; libxml2's own limits (depth, entity expansion) stay on.
final class XMLTree {
    private let document: xmlDocPtr

    /// Parses XML bytes; `nil` when they are not well-formed.
    init?(_ data: Data) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), "document.xml", nil, options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: XMLElement? {
        xmlDocGetRootElement(document).map(XMLElement.init)
    }
}

/// An element of an ``XMLTree``; valid while the tree lives.
struct XMLElement {
    fileprivate let node: xmlNodePtr

    fileprivate init(_ node: xmlNodePtr) { self.node = node }

    /// The local name (without a namespace prefix).
    var name: String { String(cString: node.pointee.name) }

    /// The namespace prefix's URI, if any.
    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// An attribute's value by local name, in any namespace.
    func attribute(_ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if String(cString: current.pointee.name) == name {
                return Self.text(from: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The child elements, in order.
    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element with this local name.
    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every descendant element with this local name, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        var stack = children.reversed() as [XMLElement]
        while let element = stack.popLast() {
            if element.name == name { found.append(element) }
            stack.append(contentsOf: element.children.reversed())
        }
        return found
    }

    /// The concatenated text of the element and its descendants.
    var text: String { Self.text(from: node.pointee.children) }

    /// The text and CDATA content of `first`, its siblings and all their descendants, in order.
    private static func text(from first: xmlNodePtr?) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = []
        var node = first
        while true {
            guard let current = node else {
                guard let parent = stack.popLast() else { break }
                node = parent.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    var pointer = content
                    while pointer.pointee != 0 {
                        bytes.append(pointer.pointee)
                        pointer += 1
                    }
                }
                node = current.pointee.next
            case XML_ELEMENT_NODE where current.pointee.children != nil:
                stack.append(current)
                node = current.pointee.children
            default:
                node = current.pointee.next
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Any node of an ``XMLTree``: an element, or a piece of text; for reading mixed content in order.
struct XMLNode {
    fileprivate let node: xmlNodePtr

    /// The element, when the node is one.
    var element: XMLElement? { node.pointee.type == XML_ELEMENT_NODE ? XMLElement(node) : nil }

    /// The text, when the node is a text or CDATA node.
    var textContent: String? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE, let content = node.pointee.content else { return nil }
        return String(cString: content)
    }

    /// The next sibling node.
    var next: XMLNode? { node.pointee.next.map(XMLNode.init) }
}

extension XMLElement {
    /// The first child node of any kind.
    var firstChildNode: XMLNode? { node.pointee.children.map(XMLNode.init) }
}
