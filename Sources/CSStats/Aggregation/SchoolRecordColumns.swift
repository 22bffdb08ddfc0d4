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
    /// 学校名: read only to tell a subtotal row (小計) from a school.
    public var schoolName: Int?
    /// The number of columns in the header.
    public var count: Int

    /// The school id column's header, as written.
    public var schoolIDHeader = ""
    /// Columns that took no role, with why: not understood, or another column took the role.
    public var unused: [(index: Int, header: String, reason: String)] = []
    /// Why a column whose header names no school-level role is not used.
    static let notSchoolLevel = "not a school-level column"

    public static func == (a: SchoolRecordColumns, b: SchoolRecordColumns) -> Bool {
        [a.year, a.prefecture, a.municipality, a.schoolType, a.schoolID, a.cs, a.hq, a.similar, a.schoolName, a.count]
            == [b.year, b.prefecture, b.municipality, b.schoolType, b.schoolID, b.cs, b.hq, b.similar, b.schoolName, b.count]
    }

    /// Recognises a school-level header: it must name a school id, a school type and at least
    /// one flag column.
    ///
    /// Each role goes to the column whose name says it best, not the first: a 学校コード before an
    /// `ID` or `番号` serial column, 市区町村 before 設置者 (市立, 町立).
    ///
    /// - Returns: the columns, or `nil` when the header is not that of a school-level file.
    ///
    /// - Parameter group: a group row above the header, whose programme names stand over bare
    ///   yes/no columns (コミュニティ・スクール over 導入, 地域学校協働本部 over 整備).
    public init?(header: [String], group: [String]? = nil) {
        self.init(resolving: header, group: group)
        guard missingRoles.isEmpty else { return nil }
    }

    /// The roles a school-level header lacks, each with the headers accepted for it.
    public var missingRoles: [String] {
        var missing: [String] = []
        if schoolID == nil { missing.append("a school id (学校コード, 学校番号, school_id, id)") }
        if schoolType == nil { missing.append("a school type (学校種, 校種, school_type)") }
        if cs == nil, hq == nil, similar == nil {
            missing.append("a flag column (コミュニティ・スクール or CS導入, 地域学校協働本部 or 本部整備, 類似の仕組み, cs, hq, is_cs)")
        }
        return missing
    }

    /// Resolves every column it can, whether or not the header is complete.
    public init(resolving header: [String], group: [String]? = nil) {
        count = header.count
        var ranks: [WritableKeyPath<SchoolRecordColumns, Int?>: Int] = [:]
        var candidates: [(index: Int, path: WritableKeyPath<SchoolRecordColumns, Int?>)] = []
        for (i, name) in header.enumerated() {
            // One alias table for every file: the same spellings as published tables.
            let plain = ColumnAlias.splitUnit(name).name
            var word = ColumnAlias.word(plain)
            // A bare 導入 or 有無 under a programme's name in the group row is that programme's flag.
            if word == nil, let group, ColumnAlias.flagSuffixes.contains(ColumnAlias.fold(plain)) {
                let above = (0...min(i, group.count - 1)).reversed().lazy.map { group[$0].trimmingPublishedSpaces() }.first { !$0.isEmpty }
                if let above, let p = ColumnAlias.programme(named: ColumnAlias.fold(above)) { word = .programme(p) }
            }
            guard let path = Self.path(for: word) else {
                if !name.trimmingPublishedSpaces().isEmpty {
                    unused.append((i, name, SchoolRecordColumns.notSchoolLevel))
                }
                continue
            }
            candidates.append((i, path))
            let rank = Self.rank(ColumnAlias.fold(plain))
            if self[keyPath: path] == nil || rank < ranks[path]! {
                self[keyPath: path] = i
                ranks[path] = rank
            }
        }
        for (i, path) in candidates where self[keyPath: path] != i {
            let taken = self[keyPath: path]!
            unused.append((i, header[i], "'\(header[taken])' (column \(taken + 1)) names the same role better"))
        }
        unused.sort { $0.index < $1.index }
        if let schoolID { schoolIDHeader = header[schoolID] }
    }

    /// How well a name says its role: lower is better. A school code is the id before a school
    /// number or a bare `ID` (often a serial); a municipality before an establisher (市立).
    private static func rank(_ key: String) -> Int {
        switch key {
        case "学校コード", "学校コード13桁", "文科省学校コード", "schoolcode": 0
        case "学校cd": 1
        case "学校id", "schoolid": 1
        case "学校番号": 2
        case "id": 3
        case "設置者", "establisher": 2
        case "自治体": 1
        default: 0
        }
    }

    /// Whether a cell is a column name of a school-level file (年度, 学校コード, CS導入, school_id).
    static func namesRole(_ cell: String) -> Bool {
        path(for: ColumnAlias.word(ColumnAlias.splitUnit(cell).name)) != nil
    }

    /// The field a header word names in a school-level file: a flag is named by its programme.
    private static func path(for word: ColumnAlias.HeaderWord?) -> WritableKeyPath<SchoolRecordColumns, Int?>? {
        switch word {
        case .label(.year)?: \.year
        case .label(.prefecture)?, .label(.prefectureCode)?: \.prefecture
        case .label(.schoolType)?: \.schoolType
        case .school(.schoolID)?: \.schoolID
        case .school(.municipality)?: \.municipality
        case .school(.schoolName)?: \.schoolName
        case .school(.csFlag)?, .programme(.cs)?: \.cs
        case .school(.hqFlag)?, .programme(.hq)?: \.hq
        case .school(.similarFlag)?, .programme(.similar)?, .fixed(.count(.similar))?: \.similar
        default: nil
        }
    }
}
