/// Why an input could not be read, with where.
///
/// Every case carries the position of the problem; `description` is the compiler-style message
/// (`data.csv:4:7: error: …`) that the command line prints on standard error.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case cannotOpen(file: String, reason: String)
    /// A byte sequence is not valid in the encoding in use.
    case invalidEncoding(SourcePosition, encoding: TextEncoding, byteOffset: Int, bytes: [UInt8])
    /// A quoted field never ends.
    case unterminatedQuote(SourcePosition, openedAtLine: Int, field: Int)
    /// A quote appears inside a field that did not start with one.
    case quoteInUnquotedField(SourcePosition, record: Int, field: Int)
    /// Something other than a delimiter or line end follows a closing quote.
    case textAfterClosingQuote(SourcePosition, record: Int, field: Int, found: String)
    /// A record has a different number of fields from the header.
    case fieldCount(SourcePosition, record: Int, found: Int, expected: Int)
    /// A cell that must hold a number holds something else.
    case invalidValue(SourcePosition, column: String, row: String, found: String, expected: String)
    /// A school-level record that cannot be counted (unknown prefecture, duplicated id, …).
    case invalidRecord(SourcePosition, message: String)
    /// The input has no header row (it is empty, or holds only blank lines and titles).
    case noHeader(file: String?)
    /// A header names a column twice where that is ambiguous, or lacks a column that is required.
    case header(SourcePosition, message: String)
    /// The figures cannot be true (a negative count, a row twice): printing them would mislead.
    case implausible(SourcePosition, message: String)

    /// The position the error points at, when it has one.
    public var position: SourcePosition? {
        switch self {
        case .cannotOpen, .noHeader: nil
        case .invalidEncoding(let p, _, _, _), .unterminatedQuote(let p, _, _),
            .quoteInUnquotedField(let p, _, _), .textAfterClosingQuote(let p, _, _, _),
            .fieldCount(let p, _, _, _), .invalidValue(let p, _, _, _, _), .header(let p, _),
            .invalidRecord(let p, _), .implausible(let p, _):
            p
        }
    }

    /// The message without its position.
    public var message: String {
        switch self {
        case .cannotOpen(_, let reason):
            return "cannot read file: \(reason)"
        case .invalidEncoding(_, let encoding, let offset, let bytes):
            let hex = bytes.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2, with: "0") }
            return "invalid \(encoding.displayName) byte sequence \(hex.joined(separator: " ")) at byte offset \(offset)"
        case .unterminatedQuote(_, let line, let field):
            return "unterminated quoted field (opened at line \(line), field \(field))"
        case .quoteInUnquotedField(_, let record, let field):
            return "record \(record), field \(field): quote inside an unquoted field (quote the whole field and double the quote)"
        case .textAfterClosingQuote(_, let record, let field, let found):
            return "record \(record), field \(field): found '\(found)' after a closing quote, expected a delimiter or a line end"
        case .fieldCount(_, let record, let found, let expected):
            return "record \(record): found \(found) fields, expected \(expected) (as in the header)"
        case .invalidValue(_, let column, let row, let found, let expected):
            // A bad row label is its own row: "row label is '大学'", not "row label of '大学' is '大学'".
            if row == found { return "\(column) is '\(found)', expected \(expected)" }
            return "\(column) of '\(row)' is '\(found)', expected \(expected)"
        case .noHeader:
            return "no header row: the input is empty or holds no table"
        case .header(_, let message), .invalidRecord(_, let message):
            return message
        case .implausible(_, let message):
            return "\(message); the table cannot be printed as it is (run 'cs-stats check' for every finding)"
        }
    }

    /// The error with its lines moved down by `lineOffset` and its file set: for a reader
    /// that counted lines from a place in the file other than its start.
    func placed(file: String?, lineOffset: Int) -> ReadError {
        func move(_ p: SourcePosition) -> SourcePosition {
            SourcePosition(file: file, line: p.line + lineOffset, column: p.column)
        }
        switch self {
        case .cannotOpen, .noHeader: return self
        case .invalidEncoding(let p, let encoding, let offset, let bytes):
            return .invalidEncoding(move(p), encoding: encoding, byteOffset: offset, bytes: bytes)
        case .unterminatedQuote(let p, let line, let field):
            return .unterminatedQuote(move(p), openedAtLine: line + lineOffset, field: field)
        case .quoteInUnquotedField(let p, let record, let field):
            return .quoteInUnquotedField(move(p), record: record, field: field)
        case .textAfterClosingQuote(let p, let record, let field, let found):
            return .textAfterClosingQuote(move(p), record: record, field: field, found: found)
        case .fieldCount(let p, let record, let found, let expected):
            return .fieldCount(move(p), record: record, found: found, expected: expected)
        case .invalidValue(let p, let column, let row, let found, let expected):
            return .invalidValue(move(p), column: column, row: row, found: found, expected: expected)
        case .invalidRecord(let p, let message): return .invalidRecord(move(p), message: message)
        case .header(let p, let message): return .header(move(p), message: message)
        case .implausible(let p, let message): return .implausible(move(p), message: message)
        }
    }

    public var description: String { "\(place): error: \(message)" }

    /// Where the error is, as messages start: `data.csv:4:7`, or the file alone.
    public var place: String {
        switch self {
        case .cannotOpen(let file, _): file
        case .noHeader(let file): file ?? "<stdin>"
        default: position!.description
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
