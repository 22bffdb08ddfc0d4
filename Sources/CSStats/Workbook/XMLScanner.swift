/// A small pull parser for the XML of a workbook's parts (sheets, shared strings, styles).
///
/// It gives start tags with their attributes, end tags and text, with the five named entities
/// and numeric character references decoded; comments, processing instructions and the
/// declaration are skipped, CDATA is text. Namespaces are kept as written (`x:row` stays
/// `x:row`), and ``localName(_:)`` drops a prefix. Malformed markup (an unclosed tag, a bad
/// entity, an end tag that closes another element, an element left open at the end, a byte that is
/// not UTF-8, a NUL) is an error with its byte offset, never a guess.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error, Equatable, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "malformed XML at byte \(offset): \(reason)" }
    }

    private let bytes: [UInt8]
    private(set) var offset = 0
    /// The elements open, innermost last: an end tag must close the last, and none may be
    /// open at the end.
    private var open: [String] = []
    /// Whether the bytes were found to be text (UTF-8 without NUL), on the first call.
    private var checked = false

    /// `textChecked`: the caller has already run ``checkText(_:)`` on the bytes.
    init(_ bytes: [UInt8], textChecked: Bool = false) {
        self.bytes = bytes
        checked = textChecked
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// Goes on from an offset another reader has reached: past the end of the element just
    /// opened, which it read itself (the element is closed).
    mutating func move(to offset: Int) {
        self.offset = offset
        if !open.isEmpty { open.removeLast() }
    }

    /// The name without its namespace prefix.
    static func localName(_ name: String) -> Substring {
        name.firstIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
    }

    /// Throws when bytes are not XML's text: UTF-8 (as a workbook's parts are), with no NUL.
    static func checkText(_ bytes: [UInt8]) throws(Failure) {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw Failure(offset: bad, reason: "a byte (0x\(String(bytes[bad], radix: 16, uppercase: true))) that is not UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) { throw Failure(offset: nul, reason: "a NUL character, which XML does not allow") }
    }

    /// The next event, or `nil` at the end.
    mutating func next() throws(Failure) -> Event? {
        if !checked {
            try Self.checkText(bytes)
            checked = true
        }
        while offset < bytes.count {
            if bytes[offset] != UInt8(ascii: "<") {
                let start = offset
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "<") { offset += 1 }
                return .text(try Self.decode(bytes[start..<offset], at: start))
            }
            // Markup.
            if starts(with: "<?") { try skip(past: "?>"); continue }
            if starts(with: "<!--") { try skip(past: "-->"); continue }
            if starts(with: "<![CDATA[") {
                let start = offset + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(offset - 3)], as: UTF8.self))
            }
            if starts(with: "<!") { try skip(past: ">"); continue }
            if starts(with: "</") {
                offset += 2
                let name = readName()
                skipSpaces()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">") else { throw Failure(offset: offset, reason: "an end tag </\(name) that does not close") }
                guard let innermost = open.last else { throw Failure(offset: offset, reason: "an end tag </\(name)> with no element open") }
                guard innermost == name else { throw Failure(offset: offset, reason: "an end tag </\(name)> where <\(innermost)> is open") }
                open.removeLast()
                offset += 1
                return .end(name: name)
            }
            offset += 1
            let name = readName()
            guard !name.isEmpty else { throw Failure(offset: offset, reason: "a '<' that starts no tag") }
            var attributes: [String: String] = [:]
            while true {
                skipSpaces()
                guard offset < bytes.count else { throw Failure(offset: offset, reason: "the tag <\(name) is not closed") }
                if bytes[offset] == UInt8(ascii: ">") {
                    offset += 1
                    open.append(name)
                    return .start(name: name, attributes: attributes, selfClosing: false)
                }
                if starts(with: "/>") { offset += 2; return .start(name: name, attributes: attributes, selfClosing: true) }
                let key = readName()
                skipSpaces()
                guard !key.isEmpty, offset < bytes.count, bytes[offset] == UInt8(ascii: "=") else {
                    throw Failure(offset: offset, reason: "an attribute of <\(name) without '='")
                }
                offset += 1
                skipSpaces()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") else {
                    throw Failure(offset: offset, reason: "the value of \(key) in <\(name) is not quoted")
                }
                let quote = bytes[offset]
                offset += 1
                let start = offset
                while offset < bytes.count, bytes[offset] != quote { offset += 1 }
                guard offset < bytes.count else { throw Failure(offset: start, reason: "the value of \(key) in <\(name) does not end") }
                attributes[key] = try Self.decode(bytes[start..<offset], at: start)
                offset += 1
            }
        }
        if let innermost = open.last { throw Failure(offset: offset, reason: "the element <\(innermost)> is not closed at the end") }
        return nil
    }

    private func starts(with text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard offset + n <= bytes.count else { return false }
        let p = text.utf8Start
        for k in 0..<n where bytes[offset + k] != p[k] { return false }
        return true
    }

    private mutating func skip(past text: StaticString) throws(Failure) {
        let start = offset
        while offset < bytes.count {
            if starts(with: text) { offset += text.utf8CodeUnitCount; return }
            offset += 1
        }
        throw Failure(offset: start, reason: "markup that does not end")
    }

    private mutating func skipSpaces() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    private mutating func readName() -> String {
        let start = offset
        while offset < bytes.count {
            let b = bytes[offset]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
            offset += 1
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// Text with entities decoded.
    static func decode(_ raw: ArraySlice<UInt8>, at start: Int) throws(Failure) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
            guard let semicolon = raw[i...].firstIndex(of: UInt8(ascii: ";")), semicolon - i <= 12 else {
                throw Failure(offset: start + i - raw.startIndex, reason: "an '&' that starts no entity")
            }
            let name = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let value: UInt32? = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16)
                    : name.hasPrefix("#") ? UInt32(name.dropFirst(), radix: 10) : nil
                guard let value, let scalar = Unicode.Scalar(value) else {
                    throw Failure(offset: start + i - raw.startIndex, reason: "an unknown entity &\(name);")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
