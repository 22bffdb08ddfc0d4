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

    static var names: [(WritableKeyPath<SchoolRecordColumns, Int?>, [String])] { [
        (\.year, ["年度", "調査年度", "year", "surveyyear", "fiscalyear"]),
        (\.prefecture, ["都道府県", "都道府県名", "都道府県コード", "prefecture", "pref", "prefecturecode"]),
        (\.municipality, ["市区町村", "市町村", "市区町村名", "設置者", "自治体", "municipality", "city", "establisher"]),
        (\.schoolType, ["学校種", "校種", "学校種別", "schooltype", "type"]),
        (\.schoolID, ["学校コード", "学校番号", "学校id", "schoolid", "schoolcode", "id"]),
        (\.cs, ["コミュニティスクール", "学校運営協議会", "cs", "communityschool", "hascs", "csflag"]),
        (\.hq, ["地域学校協働本部", "協働本部", "本部", "hq", "hashq", "hqflag"]),
        (\.similar, ["類似の仕組み", "類似", "similar", "hassimilar", "similarmechanism"]),
    ] }

    /// Recognises a school-level header: it must name a school id, a school type and at least
    /// one flag column.
    ///
    /// - Returns: the columns, or `nil` when the header is not that of a school-level file.
    public init?(header: [String]) {
        count = header.count
        for (i, name) in header.enumerated() {
            let key = ColumnAlias.fold(name)
            for (path, spellings) in Self.names where self[keyPath: path] == nil && spellings.contains(key) {
                self[keyPath: path] = i
                break
            }
        }
        guard schoolID != nil, schoolType != nil, cs != nil || hq != nil || similar != nil else { return nil }
    }
}
