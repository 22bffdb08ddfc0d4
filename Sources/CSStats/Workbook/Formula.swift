/// A cell's formula, as far as published tables write them: a sum of cells and ranges, or a
/// rate as one cell divided by another.
///
/// Only these two shapes are read, because only they can be audited against the table's layout
/// (a total adds up the rows above it; a rate divides cells of its own row). Anything else (another
/// function, a reference to another sheet, a name, text) is refused with the reason, so the audit
/// says it did not look rather than passing what it did not understand.
enum Formula: Equatable {
    /// Cells added up: `SUM(B4:B10)`, `SUM(B4,B5)`, `B4+B5+B6`, `SUBTOTAL(9,B4:B10)` (then
    /// `subtotal`: Excel leaves out cells that are SUBTOTALs themselves).
    case sum([CellRange], subtotal: Bool)
    /// One cell divided by another: `C4/B4`, `C4/$B4*100`, `ROUND(C4/B4,3)`.
    case ratio(CellReference, CellReference)

    /// Why a formula is not read.
    struct Refusal: Error, Equatable {
        var reason: String
    }

    /// Reads a formula's text, with or without its leading `=`.
    ///
    /// - Throws: ``Refusal`` for any other shape.
    /// `sheet`: the name of the sheet the formula is in; a reference qualified with it
    /// (`R3!B4:B10` in R3) is one of its own cells.
    init(_ text: String, sheet: String? = nil) throws(Refusal) {
        var parser = Parser(tokens: try Formula.tokens(text), sheet: sheet)
        let expression = try parser.expression()
        guard parser.index == parser.tokens.count else { throw Refusal(reason: "it is not a sum or a rate") }
        if let ranges = Formula.summed(expression, subtotal: false) {
            self = .sum(ranges.ranges, subtotal: ranges.subtotal)
        } else if let (numerator, denominator) = Formula.divided(expression) {
            self = .ratio(numerator, denominator)
        } else {
            throw Refusal(reason: "only sums (SUM, SUBTOTAL(9, …), +) and one cell divided by another are audited")
        }
    }

    // MARK: Shapes

    private static func summed(_ expression: Expression, subtotal: Bool) -> (ranges: [CellRange], subtotal: Bool)? {
        switch expression {
        case .range(let range):
            return ([range], subtotal)
        case .binary("+", let left, let right):
            guard let l = summed(left, subtotal: subtotal), let r = summed(right, subtotal: subtotal) else { return nil }
            return (l.ranges + r.ranges, l.subtotal || r.subtotal)
        case .call("SUM", let arguments) where !arguments.isEmpty:
            var ranges: [CellRange] = []
            for argument in arguments {
                guard let inner = summed(argument, subtotal: subtotal), !inner.subtotal else { return nil }
                ranges += inner.ranges
            }
            return (ranges, subtotal)
        case .call("SUBTOTAL", let arguments):
            // 9 and 109 sum (109 also leaves out hidden rows, which a printed table shows).
            guard arguments.count >= 2, case .number(let function) = arguments[0], function == "9" || function == "109" else { return nil }
            var ranges: [CellRange] = []
            for argument in arguments.dropFirst() {
                guard let inner = summed(argument, subtotal: true) else { return nil }
                ranges += inner.ranges
            }
            return (ranges, true)
        default:
            return nil
        }
    }

    private static func divided(_ expression: Expression) -> (CellReference, CellReference)? {
        switch expression {
        case .binary("/", .range(let numerator), .range(let denominator)) where numerator.isCell && denominator.isCell:
            return (numerator.start, denominator.start)
        case .binary("*", let inner, .number), .binary("*", .number, let inner):
            return divided(inner)  // in percent: C4/B4*100
        case .call("ROUND", let arguments) where arguments.count == 2:
            guard case .number = arguments[1] else { return nil }
            return divided(arguments[0])
        default:
            return nil
        }
    }

    // MARK: Shared formulas

    /// A shared formula's text as it reads in a cell `rows` and `columns` away from the cell
    /// that holds it: relative references move, `$` ones stay (what Excel's fill does).
    ///
    /// - Returns: `nil` when a reference would move off the sheet.
    static func shifted(_ text: String, rows: Int, columns: Int) -> String? {
        guard let tokens = try? tokens(text) else { return nil }
        var out = ""
        for token in tokens {
            switch token {
            case .reference(let reference):
                var moved = reference
                if !reference.columnIsAbsolute { moved.column += columns }
                if !reference.rowIsAbsolute, reference.row > 0 { moved.row += rows }
                guard moved.column >= 0, reference.row == 0 || moved.row >= 1 else { return nil }
                out += (moved.columnIsAbsolute ? "$" : "") + CellReference.columnName(moved.column + 1)
                if moved.row > 0 { out += (moved.rowIsAbsolute ? "$" : "") + String(moved.row) }
            default:
                out += token.text
            }
        }
        return out
    }

    // MARK: Tokens

    enum Token: Equatable {
        case number(String)
        case reference(CellReference)
        /// A function's name (followed by `(`).
        case function(String)
        case symbol(Character)
        /// Text, a name, a sheet's name with `!`, an error value: kept for ``shifted(_:rows:columns:)``.
        case other(String)

        var text: String {
            switch self {
            case .number(let text), .function(let text), .other(let text): text
            case .reference(let reference): reference.name
            case .symbol(let c): String(c)
            }
        }
    }

    /// The formula's tokens; a leading `=` and spaces are dropped.
    static func tokens(_ text: String) throws(Refusal) -> [Token] {
        let characters = Array(text.hasPrefix("=") ? String(text.dropFirst()) : text)
        var tokens: [Token] = []
        var i = 0
        // Letters of any script: an unquoted sheet name may be Japanese (母数!B4).
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "$" || c == "_" || c == "." }
        while i < characters.count {
            let c = characters[i]
            if c == " " || c == "\n" || c == "\r" || c == "\t" {
                i += 1
            } else if c == "\"" || c == "'" {
                // Text, or a quoted sheet name ('Sheet 1'); a doubled quote is one.
                var j = i + 1
                while j < characters.count {
                    if characters[j] == c {
                        if j + 1 < characters.count, characters[j + 1] == c { j += 2; continue }
                        break
                    }
                    j += 1
                }
                guard j < characters.count else { throw Refusal(reason: "a quote is not closed") }
                tokens.append(.other(String(characters[i...j])))
                i = j + 1
            } else if isWord(c) {
                var j = i
                while j < characters.count, isWord(characters[j]) { j += 1 }
                let word = String(characters[i..<j])
                if j < characters.count, characters[j] == "(" {
                    tokens.append(.function(word.uppercased()))
                } else if word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                    tokens.append(.number(word))
                } else if let reference = CellReference(word.uppercased()),
                          // Letters alone are a column only in a range (B:B); else a name.
                          reference.row > 0 || (j < characters.count && characters[j] == ":") || tokens.last == .symbol(":") {
                    tokens.append(.reference(reference))
                } else {
                    tokens.append(.other(word))
                }
                i = j
            } else {
                tokens.append(.symbol(c))
                i += 1
            }
        }
        return tokens
    }

    // MARK: Parsing

    /// A formula read as a tree.
    indirect enum Expression: Equatable {
        case number(String)
        case range(CellRange)
        case call(String, [Expression])
        case binary(Character, Expression, Expression)
        case negative(Expression)
    }

    /// Recursive descent over +, −, ×, ÷, calls, cells and ranges; everything else is refused.
    struct Parser {
        var tokens: [Token]
        var index = 0
        /// The formula's own sheet, whose name may qualify its references.
        var sheet: String? = nil

        init(tokens: [Token], sheet: String? = nil) {
            self.tokens = tokens
            self.sheet = sheet
        }

        private var current: Token? { index < tokens.count ? tokens[index] : nil }

        mutating func expression() throws(Refusal) -> Expression {
            var left = try term()
            while case .symbol(let c) = current, c == "+" || c == "-" {
                index += 1
                left = .binary(c, left, try term())
            }
            return left
        }

        private mutating func term() throws(Refusal) -> Expression {
            var left = try unary()
            while case .symbol(let c) = current, c == "*" || c == "/" {
                index += 1
                left = .binary(c, left, try unary())
            }
            return left
        }

        private mutating func unary() throws(Refusal) -> Expression {
            if case .symbol(let c) = current, c == "-" || c == "+" {
                index += 1
                let operand = try unary()
                return c == "-" ? .negative(operand) : operand
            }
            return try primary()
        }

        private mutating func primary() throws(Refusal) -> Expression {
            guard let token = current else { throw Refusal(reason: "it ends early") }
            index += 1
            switch token {
            case .number(let text):
                return .number(text)
            case .symbol("("):
                let inner = try expression()
                guard case .symbol(")") = current else { throw Refusal(reason: "a parenthesis is not closed") }
                index += 1
                return inner
            case .function(let name):
                index += 1  // the "("
                var arguments: [Expression] = []
                if case .symbol(")") = current { index += 1; return .call(name, arguments) }
                while true {
                    arguments.append(try expression())
                    guard case .symbol(let c) = current else { throw Refusal(reason: "a parenthesis is not closed") }
                    index += 1
                    if c == ")" { return .call(name, arguments) }
                    guard c == "," else { throw Refusal(reason: "'\(c)' in the arguments of \(name)") }
                }
            case .reference(let start):
                if case .symbol("!") = current {
                    // A sheet named like a cell (R3): its own name qualifies its own cells.
                    if let sheet, start.name == sheet, index + 1 < tokens.count, case .reference = tokens[index + 1] {
                        index += 1
                        return try primary()
                    }
                    throw Refusal(reason: "it refers to another sheet (\(start.name)!)")
                }
                guard case .symbol(":") = current else {
                    guard start.row > 0 else { throw Refusal(reason: "'\(start.name)' is a whole column") }
                    return .range(CellRange(start: start, end: start))
                }
                index += 1
                guard case .reference(let end) = current, start.row > 0, end.row > 0 else {
                    throw Refusal(reason: "a whole column or row is not audited")
                }
                index += 1
                return .range(CellRange(start: start, end: end))
            case .other(let text):
                if case .symbol("!") = current {
                    // The sheet's own name ('R3 表'!B4, quotes doubled inside): its own cell.
                    let name = text.hasPrefix("'") && text.hasSuffix("'") && text.count >= 2
                        ? String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") : text
                    if let sheet, name == sheet, index + 1 < tokens.count, case .reference = tokens[index + 1] {
                        index += 1
                        return try primary()
                    }
                    throw Refusal(reason: "it refers to another sheet (\(text)!)")
                }
                throw Refusal(reason: "'\(text)' is not a cell")
            case .symbol(let c):
                throw Refusal(reason: "'\(c)' is not audited")
            }
        }
    }
}

/// A rectangle of cells, `B4:B10`; a single cell is a range of one.
struct CellRange: Equatable {
    var start: CellReference
    var end: CellReference

    /// Whether the range is one cell.
    var isCell: Bool { start.column == end.column && start.row == end.row }

    /// Its cells within the given rows and columns (a sheet's, so that `A1:XFD1048576` is not
    /// seventeen billion cells), row by row.
    func cells(rows within: ClosedRange<Int>, columns: Range<Int>) -> [CellReference] {
        let top = max(min(start.row, end.row), within.lowerBound), bottom = min(max(start.row, end.row), within.upperBound)
        let left = max(min(start.column, end.column), columns.lowerBound), right = min(max(start.column, end.column) + 1, columns.upperBound)
        guard top <= bottom, left < right else { return [] }
        return (top...bottom).flatMap { row in (left..<right).map { CellReference(column: $0, row: row) } }
    }

    /// `B4:B10`, or `B4` for one cell, without `$`.
    var name: String { isCell ? start.name : "\(start.name):\(end.name)" }
}
