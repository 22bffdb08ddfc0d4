/// The columns of a school-level file (one row per school), found from its header.
///
/// Headers resolve through the same folding as ``ColumnAlias``, in Japanese or English:
/// 年度/year, 都道府県/prefecture, 市区町村/municipality, 学校種/school_type, 学校コード/school_id,
/// and the flags コミュニティ・スクール/cs, 地域学校協働本部/hq, 類似の仕組み/similar.
public struct SchoolRecordColumns: Sendable, Equatable {
    public var year: Int?
    public var prefecture: Int?
    public var municipality: Int?
    public var schoolType: Int?
    public var schoolID: Int?
    public var cs: Int?
    public var hq: Int?
    public var similar: Int?
    /// The number of columns in the header.
    public var count: Int

    /// Recognises a school-level header: it must name a school id, a school type and at least
    /// one flag column.
    ///
    /// - Returns: the columns, or `nil` when the header is not that of a school-level file.
    public init?(header: [String]) {
        count = header.count
        for (i, name) in header.enumerated() {
            // One alias table for every file: the same spellings as published tables.
            guard let path = Self.path(for: ColumnAlias.word(ColumnAlias.splitUnit(name).name)),
                  self[keyPath: path] == nil else { continue }
            self[keyPath: path] = i
        }
        guard schoolID != nil, schoolType != nil, cs != nil || hq != nil || similar != nil else { return nil }
    }

    /// The field a header word names in a school-level file: a flag is named by its programme.
    private static func path(for word: ColumnAlias.HeaderWord?) -> WritableKeyPath<SchoolRecordColumns, Int?>? {
        switch word {
        case .label(.year)?: \.year
        case .label(.prefecture)?, .label(.prefectureCode)?: \.prefecture
        case .label(.schoolType)?: \.schoolType
        case .school(.schoolID)?: \.schoolID
        case .school(.municipality)?: \.municipality
        case .school(.csFlag)?, .programme(.cs)?: \.cs
        case .school(.hqFlag)?, .programme(.hq)?: \.hq
        case .school(.similarFlag)?, .programme(.similar)?, .fixed(.count(.similar))?: \.similar
        default: nil
        }
    }
}
