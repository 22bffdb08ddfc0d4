extension CSVRecord {
    /// Appends the record as one line of CSV or TSV, each field quoted only where it must be
    /// (``TextTable/appendDelimitedField(_:delimiter:to:)``): `view` converting a file too big to
    /// hold writes it record by record with no `String` made.
    public func appendDelimited(delimiter: UInt8, safe: Bool = false, to output: inout [UInt8]) {
        var start = 0
        for i in 0..<count {
            if i > 0 { output.append(delimiter) }
            let end = ends[i]
            TextTable.appendDelimitedField(UnsafeBufferPointer(start: bytes + start, count: end - start), delimiter: delimiter, safe: safe, to: &output)
            start = end
        }
        // A lone empty field would be a blank line, which readers skip: quoted.
        if count == 1, ends[0] == 0 { output += [UInt8(ascii: "\""), UInt8(ascii: "\"")] }
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends the record's fields as JSON string values after keys written beforehand
    /// (``JSONObjectKeys``), an empty string for a field the record lacks, in the layout of
    /// ``JSONValue/serialized(pretty:)`` at depth 2.
    public func appendJSONObject(keys: JSONObjectKeys, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        keys.bytes.withUnsafeBufferPointer { keyBytes in
            var start = 0
            for k in 0..<keys.count {
                // Each key's bytes start with ",\n" but the first's, which starts at its "\n".
                let from = keys.offsets[k] + (k == 0 ? 1 : 0)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: keyBytes[from..<keys.offsets[k + 1]]))
                if k < count {
                    let end = ends[k]
                    JSONValue.appendString(UnsafeBufferPointer(start: bytes + start, count: end - start), to: &output)
                    start = end
                } else {
                    output += [UInt8(ascii: "\""), UInt8(ascii: "\"")]
                }
            }
        }
        if keys.count == 0 {
            output.append(UInt8(ascii: "}"))
        } else {
            output += [0x0A, 0x20, 0x20, 0x20, 0x20, UInt8(ascii: "}")]
        }
    }
}

/// The member names of JSON objects written row after row at depth 2, escaped once: each as
/// `,\n      "name": ` in one buffer.
public struct JSONObjectKeys: Sendable {
    let bytes: [UInt8]
    let offsets: [Int]
    /// How many keys.
    public var count: Int { offsets.count - 1 }

    public init(_ names: [String]) {
        var bytes: [UInt8] = []
        var offsets = [0]
        for name in names {
            bytes += Array(",\n      ".utf8)
            var name = name
            name.withUTF8 { JSONValue.appendString($0, to: &bytes) }
            bytes += Array(": ".utf8)
            offsets.append(bytes.count)
        }
        self.bytes = bytes
        self.offsets = offsets
    }
}
