/// A JSON document built in memory and written out as text, for `--format json` output.
///
/// Objects are lists of key-value pairs rather than dictionaries so that keys come out in
/// the order they were built (school types in published order, `count` before `rate`), which
/// keeps output stable and diffable. Numbers that are not integers are carried as the literal
/// text to print, such as `"9.8"`, because rates are rounded half up once, when formatted,
/// and a `Double` would bring binary rounding back.
public indirect enum JSONValue: Sendable, Equatable {
    /// The literal `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer, such as a school count.
    case integer(Int)
    /// A JSON number literal emitted verbatim, such as `"9.8"`; the caller keeps it valid.
    case number(String)
    /// A string, escaped on output.
    case string(String)
    /// An array of values.
    case array([JSONValue])
    /// An object whose keys keep their order.
    case object([(key: String, value: JSONValue)])

    /// Whether two values are equal; objects are equal only with the same keys in the same order.
    ///
    /// - Parameters:
    ///   - lhs: a value.
    ///   - rhs: another value.
    /// - Returns: `true` when both are the same case with equal contents.
    /// - Complexity: O(*n*) in the size of the smaller value.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value as JSON text.
    ///
    /// Pretty output puts each array element and object member on its own line, indented two
    /// spaces per level, with `": "` after keys; empty arrays and objects stay `[]` and `{}`.
    /// Compact output has no whitespace at all. Strings escape `"`, `\` and control
    /// characters (`\n`, `\r`, `\t`, others as `\u00XX`); everything else, Japanese included,
    /// is written as is.
    ///
    /// - Parameter pretty: whether to indent; `true` by default.
    /// - Returns: the JSON text, without a trailing newline.
    /// - Complexity: O(*n*) in the size of the value.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, pretty: pretty, depth: 0)
        return output
    }

    func write(into output: inout String, pretty: Bool, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let literal): output += literal
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let elements):
            Self.writeContainer(
                elements, open: "[", close: "]", into: &output, pretty: pretty, depth: depth
            ) { element, output in
                element.write(into: &output, pretty: pretty, depth: depth + 1)
            }
        case .object(let members):
            Self.writeContainer(
                members, open: "{", close: "}", into: &output, pretty: pretty, depth: depth
            ) { member, output in
                Self.writeString(member.key, into: &output)
                output += pretty ? ": " : ":"
                member.value.write(into: &output, pretty: pretty, depth: depth + 1)
            }
        }
    }

    private static func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, into output: inout String,
        pretty: Bool, depth: Int, writeElement: (Element, inout String) -> Void
    ) {
        output += open
        guard !elements.isEmpty else { return output += close }
        let indent = String(repeating: "  ", count: depth + 1)
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            if pretty { output += "\n" + indent }
            writeElement(element, &output)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: depth) }
        output += close
    }

    static func writeString(_ value: String, into output: inout String) {
        var value = value
        var bytes: [UInt8] = []
        value.withUTF8 { appendString($0, to: &bytes) }
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends UTF-8 text as a JSON string: `"` and `\` escaped, `\n`, `\r`, `\t`, other
    /// control characters as `\u00XX`, everything else (Japanese included) as it is. (The one
    /// escaping rule of every JSON output.)
    public static func appendString(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most text needs no escape: copied whole.
        if !text.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: text)
            output.append(UInt8(ascii: "\""))
            return
        }
        for b in text {
            switch b {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), b]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), b]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: output.append(b)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
