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

    private func write(into output: inout String, pretty: Bool, depth: Int) {
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

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
