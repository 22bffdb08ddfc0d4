import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of an XML document as parsed by Foundation's `XMLParser`, for looking inside the
/// SVG the charts write: a document that does not parse gives no tree.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first, in document order.
    var descendants: [XMLNode] { children.flatMap { [$0] + $0.descendants } }

    /// The elements below with a name and, if given, a class among their classes.
    func all(_ name: String, class wanted: String? = nil) -> [XMLNode] {
        descendants.filter { node in
            node.name == name && (wanted.map { (node.attributes["class"] ?? "").split(separator: " ").contains(Substring($0)) } ?? true)
        }
    }

    /// The text of the element's `<title>` child, if it has one.
    var title: String? { children.first { $0.name == "title" }?.text }

    /// The text of the element and everything in it.
    var allText: String { text + children.map(\.allText).joined() }

    /// Parses a document.
    ///
    /// - Returns: the root element, or `nil` (with the parser's error) when it is not well-formed XML.
    static func parse(_ text: String) -> (root: XMLNode?, error: String?) {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return (nil, parser.parserError.map { "\($0)" } ?? "unknown error") }
        return (delegate.root, nil)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
