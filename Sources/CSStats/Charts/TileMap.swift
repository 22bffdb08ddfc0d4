/// A tile-grid map of Japan: the 47 prefectures as equal squares in roughly their places,
/// each shaded by its class on the ministry's maps and labelled with its name and rate.
///
/// A geographic map gives 北海道 forty times 東京都's area for a handful of its schools; equal
/// tiles give each prefecture the same weight, as a prefecture table does. The grid follows
/// the usual arrangement: 北海道 top right, 東北 down the right edge, 関東 below, 中部 and 近畿
/// across the middle, 中国 and 四国 to the left, 九州 bottom left and 沖縄 in the corner.
public struct TileMap: Sendable {
    /// One prefecture's tile.
    public struct Tile: Sendable {
        /// The prefecture.
        public var prefecture: Prefecture
        /// Its column in the grid, 0 at the left.
        public var column: Int
        /// Its row in the grid, 0 at the top.
        public var row: Int
        /// Its class on the map, `nil` when the table gives no figure that decides one.
        public var mapClass: MapClass?
        /// The rate as printed (`37.8%`), or the placeholder.
        public var rateText: String
        /// The count as printed (`14`), or the placeholder.
        public var countText: String
    }

    /// The grid's columns (0…12) and rows (0…9) by JIS code: element *i* is code *i* + 1.
    public static let grid: [(column: Int, row: Int)] = [
        (12, 0),                                              // 01 北海道
        (12, 1), (12, 2), (12, 3), (11, 2), (11, 3), (12, 4), // 02 青森 … 07 福島
        (11, 5), (11, 4), (10, 4), (10, 5), (11, 6), (10, 6), (9, 6), // 08 茨城 … 14 神奈川
        (10, 3), (9, 3), (8, 3), (7, 4),                      // 15 新潟 … 18 福井
        (9, 5), (9, 4), (8, 4), (8, 6), (8, 5),               // 19 山梨 … 23 愛知
        (7, 5), (6, 5), (6, 4), (5, 5), (5, 4), (6, 6), (5, 6), // 24 三重 … 30 和歌山
        (4, 4), (3, 4), (4, 5), (3, 5), (2, 5),               // 31 鳥取 … 35 山口
        (4, 7), (4, 6), (3, 6), (3, 7),                       // 36 徳島 … 39 高知
        (1, 6), (0, 6), (0, 7), (1, 7), (2, 7), (2, 8), (1, 8), // 40 福岡 … 46 鹿児島
        (0, 9),                                               // 47 沖縄
    ]

    /// The number of columns of the grid.
    public static let columns = 13
    /// The number of rows of the grid.
    public static let rows = 10

    /// The measure mapped.
    public var programme: Programme
    /// The survey year, if known.
    public var year: SurveyYear?
    /// The reference date, if known.
    public var referenceDate: String?
    /// All 47 tiles, in JIS code order.
    public var tiles: [Tile]
    /// The 合計 row's label and rate as printed (`合計: 33.3%`, or `合計 (行の和): …` for a
    /// total computed from the rows), if the table has a rate for it.
    public var totalText: String?
    /// The title; by default the programme and its rate.
    public var title: String
    /// Where the figures come from.
    public var source: String?
    /// Notes under the map.
    public var notes: [String]
    /// The language of the map's words.
    public var formatting: SurveyFormatting

    /// The map of a table by prefecture.
    ///
    /// Prefectures the table lacks get a tile marked as having no figure, never a class.
    ///
    /// - Parameters:
    ///   - table: a measure table by prefecture (its map classes decide the shading).
    ///   - formatting: the language, and how figures are written (for display).
    ///   - title: a title in place of the measure's name and rate label.
    ///   - source: the source line, if any.
    public init(_ table: MeasureTable, formatting f: SurveyFormatting, title: String? = nil, source: String? = nil) {
        var byPrefecture: [Prefecture: MeasureTable.Entry] = [:]
        var total: MeasureTable.Entry?
        for entry in table.entries {
            if case .prefecture(let p) = entry.key { byPrefecture[p] = byPrefecture[p] ?? entry }
            if entry.key == .total { total = entry }
        }
        tiles = Prefecture.all.map { p in
            let place = Self.grid[p.code - 1]
            let entry = byPrefecture[p]
            return Tile(prefecture: p, column: place.column, row: place.row, mapClass: entry?.mapClass,
                        rateText: entry.flatMap { e in e.rate.map(f.percent) ?? e.rateMark.map(\.mark) } ?? f.placeholder,
                        countText: entry.map { f.count($0.count) } ?? f.placeholder)
        }
        programme = table.programme
        year = table.year
        referenceDate = table.referenceDate
        totalText = total.flatMap { $0.rate.map { "\(f.label(.total, computedTotal: table.totalIsComputed)): \(f.percent($0))" } }
        self.title = title ?? "\(f.name(table.programme)) \(f.text(table.programme.rateLabel, "rate"))"
        self.source = source
        let missing = tiles.filter { $0.mapClass == nil }.map { f.text($0.prefecture.name, $0.prefecture.englishName) }
        notes = missing.isEmpty ? [] : [f.text("※ 数値なし (斜線): ", "Note: no figure (hatched): ") + missing.joined(separator: f.text("、", ", "))]
        formatting = f
    }
}
