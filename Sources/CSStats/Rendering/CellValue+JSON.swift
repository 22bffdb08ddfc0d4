extension CellValue {
    /// The value as typed JSON: 7051 for `7,051`, `{"value": 9.8, "unit": "percent"}` for `9.8%`,
    /// `{"missing": "none"}` for `－`, a string for text.
    public var jsonValue: JSONValue {
        switch self {
        case .integer(let n): .integer(n)
        case .decimal(let d): .number(d.description)
        case .percent(let d): .object([("value", .number(d.description)), ("unit", .string("percent"))])
        case .missing(let p): p.jsonValue
        case .text(let s): .string(s)
        }
    }
}

extension Placeholder {
    /// The placeholder as typed JSON: `{"missing": "none"}`, so it is never read as zero.
    public var jsonValue: JSONValue {
        .object([("missing", .string(rawValue))])
    }
}
