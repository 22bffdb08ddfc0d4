/// One of Japan's 47 prefectures (都道府県), identified by its JIS X 0401 code.
///
/// A prefecture is stored as its code alone, so it is as cheap to copy, hash and compare as an
/// `Int`, and ordering by code gives the published order (北海道 first, 沖縄県 last). The names
/// come from one table in `Prefecture+Table.swift`.
public struct Prefecture: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The JIS X 0401 code, from 1 (北海道) to 47 (沖縄県).
    public let code: Int

    /// Creates the prefecture with a JIS X 0401 code.
    ///
    /// - Parameter code: a code from 1 to 47.
    /// - Returns: `nil` when `code` is outside 1...47.
    public init?(code: Int) {
        guard Prefecture.rows.indices.contains(code - 1) else { return nil }
        self.code = code
    }

    /// All 47 prefectures, in code order.
    public static let all: [Prefecture] = rows.indices.map { Prefecture(code: $0 + 1)! }

    /// The full Japanese name, such as `東京都`, `大阪府` or `北海道`.
    public var name: String { Prefecture.rows[code - 1].name }

    /// The name without its 都, 府 or 県 suffix, such as `東京`; `北海道` keeps its name whole.
    public var shortName: String { Prefecture.rows[code - 1].shortName }

    /// The English name in Hepburn romanization without macrons, such as `Tokyo` or `Hyogo`.
    public var englishName: String { Prefecture.rows[code - 1].englishName }

    /// The code as two digits, `01` to `47`, as printed in published tables.
    public var codeString: String { code < 10 ? "0\(code)" : "\(code)" }

    /// The full Japanese name.
    public var description: String { name }

    /// Orders prefectures by code, as the published tables do.
    public static func < (lhs: Prefecture, rhs: Prefecture) -> Bool {
        lhs.code < rhs.code
    }
}
