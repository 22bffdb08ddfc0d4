/// One thing `Checker` found wrong (or doubtful) in a published table.
///
/// A finding says where (file, line, character column), about what (the row label as published
/// and the column), what was expected and what was found, and one English sentence that quotes
/// the Japanese labels verbatim, so it reads the same on a terminal, in JSON and in a CI
/// annotation: `合計 導入校数 is 11,857 but the rows add up to 11,856`.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The figures contradict each other: a check fails.
        case error
        /// Something is doubtful but not provably wrong, such as a school type without a row.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it is: the cell's file, line and character column (no column for a whole row).
    public var position: SourcePosition
    /// The row label as published (`幼稚園`, `合計`), when the finding is about a row.
    public var row: String?
    /// The column's snake_case identifier (`cs_schools`), when the finding is about a cell.
    public var column: String?
    /// What the figures around it imply, as printed (`11,856`, `2,829…2,843`).
    public var expected: String?
    /// What the table prints, as printed.
    public var found: String?
    /// One English sentence, with Japanese labels quoted verbatim.
    public var message: String
    /// Whether the table cannot be printed as it is: a row twice, a second total, a negative
    /// count, a count above its 母数, a rate above 100%. Commands other than `check` refuse
    /// such a table rather than print figures that cannot be true.
    public var isImpossible = false

    /// Creates a finding.
    public init(
        _ severity: Severity, at position: SourcePosition, row: String? = nil, column: String? = nil,
        expected: String? = nil, found: String? = nil, message: String
    ) {
        self.severity = severity
        self.position = position
        self.row = row
        self.column = column
        self.expected = expected
        self.found = found
        self.message = message
    }

    /// A finding for a cell that the survey reader rejected, such as an unknown school type.
    ///
    /// `ReadError.invalidValue` (a table's cell) and `.invalidRecord` (a school-level record)
    /// describe input that was read but holds a wrong value; every other read error means the
    /// input could not be read at all.
    ///
    /// - Parameter error: the read error.
    /// - Returns: an error finding at the error's position, or `nil` for other read errors.
    public init?(readError error: ReadError) {
        switch error {
        case .invalidValue(let position, let column, let row, let found, let expected):
            self.init(.error, at: position, row: row, column: column, expected: expected, found: found,
                      message: "\(column) '\(found)' is not \(expected)")
        case .invalidRecord(let position, let message):
            self.init(.error, at: position, message: message)
        default:
            return nil
        }
    }

    /// The compiler-style line: `r3.csv:9:4: error: 合計 導入校数 is 11,857 but the rows add up to 11,856`.
    public var description: String {
        "\(position): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Finding {
    /// The one-line summary of a list of findings: `3 errors, 1 warning`, `1 error`, `no findings`.
    public var summary: String {
        let errors = count { $0.severity == .error }
        let warnings = count - errors
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }
}
