/// An SVG document written by hand, element by element.
///
/// The project has no dependencies, and the charts need little of SVG: rectangles, lines,
/// paths, circles, text and groups, each with an optional `<title>` that a browser shows on
/// hover and a screen reader speaks. Every attribute value and every text passes through
/// ``MarkupText/escaped(_:)``, so a label read from a file cannot break the document, and
/// coordinates are written with at most one decimal, so the same chart is the same bytes.
public struct SVGDocument: Sendable {
    /// The width of the drawing in user units (pixels at 100%).
    public var width: Double
    /// The height of the drawing in user units.
    public var height: Double
    /// The text of the document's `<title>`.
    public var title: String
    /// A longer description, the document's `<desc>`, if any.
    public var summary: String?
    /// Prefixes every `id` the document defines, so several documents can share one HTML page.
    public var idPrefix: String
    private var body: [String] = []
    private var depth = 1

    /// Starts an empty document.
    ///
    /// - Parameters:
    ///   - width: the width in user units; the `viewBox` is `0 0 width height`.
    ///   - height: the height in user units.
    ///   - title: the document's accessible name.
    ///   - summary: a longer description, if any.
    ///   - idPrefix: the prefix of the ids the document defines.
    public init(width: Double, height: Double, title: String, summary: String? = nil, idPrefix: String) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
        self.idPrefix = idPrefix
    }

    /// An attribute: its name and its value, unescaped.
    public typealias Attribute = (name: String, value: String)

    /// Adds an element with no children other than an optional `<title>` and text.
    ///
    /// - Parameters:
    ///   - name: the element's name, such as `rect`.
    ///   - attributes: its attributes, in order; values are escaped here.
    ///   - title: the text of a `<title>` child, shown on hover.
    ///   - text: the element's text content (for `text` elements).
    public mutating func element(_ name: String, _ attributes: [Attribute], title: String? = nil, text: String? = nil) {
        let open = "<\(name)\(Self.attributeText(attributes))"
        if title == nil && text == nil {
            append(open + "/>")
            return
        }
        var line = open + ">"
        if let title { line += "<title>\(MarkupText.escaped(title))</title>" }
        if let text { line += MarkupText.escaped(text) }
        append(line + "</\(name)>")
    }

    /// Opens an element whose children follow, such as a `g`; close it with ``close(_:)``.
    ///
    /// - Parameters:
    ///   - name: the element's name.
    ///   - attributes: its attributes.
    ///   - title: the text of a `<title>` child, which then names the whole group.
    public mutating func open(_ name: String, _ attributes: [Attribute] = [], title: String? = nil) {
        append("<\(name)\(Self.attributeText(attributes))>")
        depth += 1
        if let title { append("<title>\(MarkupText.escaped(title))</title>") }
    }

    /// Closes the element last opened.
    public mutating func close(_ name: String) {
        depth -= 1
        append("</\(name)>")
    }

    /// Adds a line of text.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - x: the anchor's x.
    ///   - y: the baseline's y.
    ///   - size: the font size in pixels.
    ///   - anchor: `start`, `middle` or `end`.
    ///   - weight: `bold` or `nil`.
    ///   - fill: the colour.
    ///   - attributes: further attributes (a class).
    ///   - title: a `<title>` for the text, if any.
    public mutating func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: String = "start", weight: String? = nil,
        fill: String = ChartStyle.ink, attributes: [Attribute] = [], title: String? = nil
    ) {
        var all: [Attribute] = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size))]
        if anchor != "start" { all.append(("text-anchor", anchor)) }
        if let weight { all.append(("font-weight", weight)) }
        all.append(("fill", fill))
        element("text", all + attributes, title: title, text: text)
    }

    /// Adds a straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil, attributes: [Attribute] = []) {
        var all: [Attribute] = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                                ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { all.append(("stroke-dasharray", dash)) }
        element("line", all + attributes)
    }

    /// Adds a rectangle.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        attributes: [Attribute] = [], title: String? = nil
    ) {
        var all: [Attribute] = [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(width, 0))),
                                ("height", Self.number(max(height, 0))), ("fill", fill)]
        if let stroke { all.append(("stroke", stroke)) }
        element("rect", all + attributes, title: title)
    }

    /// The whole document.
    ///
    /// - Parameter standalone: `true` for an `.svg` file (an XML declaration first), `false`
    ///   for an `<svg>` element inside an HTML page.
    /// - Returns: the markup, ending with a newline.
    public func rendered(standalone: Bool = true) -> String {
        let titleID = "\(idPrefix)-title"
        var root: [Attribute] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
            ("width", Self.number(width)), ("height", Self.number(height)),
            ("role", "img"), ("aria-labelledby", titleID),
            ("font-family", ChartStyle.fontFamily),
        ]
        if !standalone { root.append(("class", "chart")) }
        var lines: [String] = []
        if standalone { lines.append(#"<?xml version="1.0" encoding="UTF-8"?>"#) }
        lines.append("<svg\(Self.attributeText(root))>")
        lines.append("  <title id=\"\(MarkupText.escaped(titleID))\">\(MarkupText.escaped(title))</title>")
        if let summary { lines.append("  <desc>\(MarkupText.escaped(summary))</desc>") }
        lines.append("  " + ##"<rect width="100%" height="100%" fill="#ffffff"/>"##)
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A coordinate or size with at most one decimal: `12`, `12.5`, `-3.2`.
    public static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    private static func attributeText(_ attributes: [Attribute]) -> String {
        attributes.map { " \($0.name)=\"\(MarkupText.escaped($0.value))\"" }.joined()
    }

    private mutating func append(_ line: String) {
        body.append(String(repeating: "  ", count: depth) + line)
    }
}
