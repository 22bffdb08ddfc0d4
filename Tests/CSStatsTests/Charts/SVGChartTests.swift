import Foundation
import Testing
@testable import CSStats

/// The SVG pictures: each parses as XML, has a viewBox and the font list, and says its figures
/// in a `<title>` on every bar, point and tile.
@Suite struct SVGChartTests {
    private let display = SurveyFormatting(forDisplay: true, language: .japanese)

    private func parsed(_ svg: String) throws -> XMLNode {
        let (root, error) = XMLNode.parse(svg)
        #expect(error == nil)
        let svgRoot = try #require(root)
        #expect(svgRoot.name == "svg")
        #expect(svgRoot.attributes["viewBox"] != nil)
        #expect(svgRoot.attributes["font-family"] == #""Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif"#)
        #expect(svgRoot.children.first?.name == "title")
        return svgRoot
    }

    @Test func r3BarsSideBySide() throws {
        let chart = BarChart(table: SurveyTable.builtInR3(), programmes: [.cs, .hq], quantity: .rate, formatting: display,
                             source: SurveySource.line(for: [SurveyTable.builtInR3()], .japanese))
        let svg = try parsed(chart.renderSVG())
        let cs = svg.all("rect", class: "cs"), hq = svg.all("rect", class: "hq")
        // Seven school types and 合計, a CS and an HQ bar each, every one with its figure.
        #expect(cs.count == 8 && hq.count == 8)
        #expect(cs.map(\.title) == [
            "幼稚園 コミュニティ・スクール 導入率: 9.8%", "小学校 コミュニティ・スクール 導入率: 37.5%",
            "中学校 コミュニティ・スクール 導入率: 36.5%", "義務教育学校 コミュニティ・スクール 導入率: 66.0%",
            "高等学校 コミュニティ・スクール 導入率: 22.9%", "中等教育学校 コミュニティ・スクール 導入率: 11.8%",
            "特別支援学校 コミュニティ・スクール 導入率: 26.0%", "合計 コミュニティ・スクール 導入率: 33.3%",
        ])
        #expect(hq.map { $0.title ?? "" }.last == "合計 地域学校協働本部 整備率: 54.7%")
        // The plot is 0–100%: a bar's width is its rate of the plot's width; 義務教育学校 HQ
        // (70.1%) is the longest, 中等教育学校 HQ (5.9%) the shortest.
        let widths = hq.map { Double($0.attributes["width"]!)! }
        #expect(widths.max() == widths[3] && widths.min() == widths[5])
        #expect(svg.allText.contains("資料: 文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」 (令和3年5月1日現在)"))
    }

    @Test func aMissingFigureIsMarkedNotDrawn() throws {
        let table = TableFixtures.table("year,school_type,cs_schools,cs_rate_pct\n2021,幼稚園,50,50.0\n2021,小学校,,\n2021,合計,50,\n")
        let svg = try parsed(BarChart(table: table, programmes: [.cs], quantity: .rate, formatting: display).renderSVG())
        #expect(svg.all("rect", class: "bar").map(\.title) == ["幼稚園 コミュニティ・スクール 導入率: 50.0%"])
        #expect(svg.all("text", class: "missing").map(\.title) == ["小学校 コミュニティ・スクール 導入率: 数値なし", "合計 コミュニティ・スクール 導入率: 数値なし"])
    }

    @Test func textFromFilesIsEscaped() throws {
        var chart = BarChart(table: SurveyTable.builtInR3(), programmes: [.cs], quantity: .rate, formatting: display)
        chart.title = #"A & B <"quoted"> 'x'"#
        chart.source = "a\u{1}b"
        let svg = try parsed(chart.renderSVG())
        #expect(svg.children.first?.text == #"A & B <"quoted"> 'x' (令和3年度, 2021-05-01)"#)
        #expect(svg.allText.contains("資料: a\u{FFFD}b"))
    }

    @Test func theSeriesHasOnePointPerPublishedYear() throws {
        let chart = try #require(SeriesChart(series: SurveyTable.builtInSeries(), formatting: display, source: "Data/cs_series.csv"))
        let svg = try parsed(chart.renderSVG())
        func years(_ node: [XMLNode]) -> [Int] { node.map { Int($0.attributes["data-year"]!)! } }
        // CS counts: 2005, 2006 and 2009–2024 (Data/cs_series.csv has no 2007 or 2008).
        #expect(years(svg.descendants.filter { $0.attributes["class"] == "point cs count" }) == [2005, 2006] + Array(2009...2024))
        // HQ and both counts: R1–R5; CS rates R1–R6; HQ rates R1–R5; both's rate only in R5,
        // where its 母数 covers the same schools (13,486 / 34,687 = 38.9%).
        #expect(years(svg.descendants.filter { $0.attributes["class"] == "point hq count" }) == Array(2019...2023))
        #expect(years(svg.descendants.filter { $0.attributes["class"] == "point both count" }) == Array(2019...2023))
        #expect(years(svg.descendants.filter { $0.attributes["class"] == "point cs rate" }) == Array(2019...2024))
        #expect(years(svg.descendants.filter { $0.attributes["class"] == "point hq rate" }) == Array(2019...2023))
        #expect(svg.descendants.filter { $0.attributes["class"] == "point both rate" }.map(\.title) == ["令和5年度 (2023) いずれも整備 整備率: 38.9%"])
        #expect(svg.descendants.filter { $0.attributes["class"] == "point cs count" }.first?.title == "平成17年度 (2005) コミュニティ・スクール 導入校数: 17")
        // Every point has a title.
        #expect(svg.descendants.filter { ($0.attributes["class"] ?? "").hasPrefix("point ") }.allSatisfy { $0.title != nil })
    }

    @Test func theGapIsLeftOpenAndTheScopeChangeIsMarked() throws {
        let chart = try #require(SeriesChart(series: SurveyTable.builtInSeries(), formatting: display))
        let svg = try parsed(chart.renderSVG())
        // CS counts are drawn as two lines, 2005–2006 and 2009–2024: nothing joins 2006 to 2009.
        let csLines = svg.all("polyline").filter { $0.attributes["class"] == "line cs count" }
        #expect(csLines.map { $0.attributes["points"]!.split(separator: " ").count } == [2, 16])
        // HQ counts: 2019–2020 (小中義 only, hollow) and 2021–2023: nothing joins 2020 to 2021.
        let hqLines = svg.all("polyline").filter { $0.attributes["class"] == "line hq count" }
        #expect(hqLines.map { $0.attributes["points"]!.split(separator: " ").count } == [2, 3])
        let hq = svg.descendants.filter { $0.attributes["class"] == "point hq count" }
        #expect(hq.map { $0.attributes["fill"] } == ["#ffffff", "#ffffff", "#41b6c4", "#41b6c4", "#41b6c4"])
        #expect(hq[1].title == "令和2年度 (2020) 地域学校協働本部 整備校数: 17,066 (小学校・中学校・義務教育学校のみ)")
        // A band per panel over 2007–2008, and the rule at R3 in each panel.
        #expect(svg.all("rect", class: "gap").map(\.title) == Array(repeating: "平成19年度–平成20年度: 数値なし", count: 2))
        #expect(svg.all("line", class: "scope-change").count == 2)
    }
}

@Suite struct ChartLayoutTests {
    @Test func notesWrapToTheWidth() {
        // 11 px: a column is 6.16 px, so 100 px holds 16 columns.
        #expect(ChartStyle.wrap("one two three four five", width: 100, size: 11) == ["one two three", "four five"])
        #expect(ChartStyle.wrap("数値なしの年度がある", width: 100, size: 11) == ["数値なしの年度が", "ある"])
        #expect(ChartStyle.wrap("short", width: 100, size: 11) == ["short"])
    }

    @Test func theSeriesLastFiguresDoNotOverlap() throws {
        // Screenshots showed 21,144 (HQ) over 20,153 (CS) and 61.0% over 58.7%: the last figures
        // now stand in the right margin, at least 13 px apart.
        let chart = try #require(SeriesChart(series: SurveyTable.builtInSeries(), formatting: SurveyFormatting(forDisplay: true, language: .japanese)))
        let svg = try #require(XMLNode.parse(chart.renderSVG()).root)
        let labels = svg.all("text").filter { $0.attributes["x"] == "720" }
        #expect(labels.map(\.text).sorted() == ["13,486", "20,153", "21,144", "38.9%", "58.7%", "61.0%"])
        let ys = labels.map { Double($0.attributes["y"]!)! }
        for (i, a) in ys.enumerated() {
            for b in ys[(i + 1)...] where abs(a - b) < 50 { #expect(abs(a - b) >= 13) }
        }
    }
}

@Suite struct TileMapTests {
    private let display = SurveyFormatting(forDisplay: true, language: .japanese)

    @Test func theGridIsJapan() {
        let cells = TileMap.grid.map { "\($0.column),\($0.row)" }
        #expect(cells.count == 47 && Set(cells).count == 47)
        // 北海道 top right, 沖縄 bottom left.
        #expect(TileMap.grid[0] == (column: 12, row: 0))
        #expect(TileMap.grid[46] == (column: 0, row: 9))
        #expect(TileMap.grid.allSatisfy { (0..<TileMap.columns).contains($0.column) && (0..<TileMap.rows).contains($0.row) })
        // 東京都 (13) sits between 埼玉県 (11) above and 神奈川県 (14) to its left, 千葉県 (12) to its right.
        #expect(TileMap.grid[12] == (column: 10, row: 6))
        #expect(TileMap.grid[10] == (column: 10, row: 5))
        #expect(TileMap.grid[13] == (column: 9, row: 6) && TileMap.grid[11] == (column: 11, row: 6))
    }

    /// 47 prefectures of 10,000 schools each (codes 11–17 of 100), the counts chosen around every class's edge.
    static let counts = [
        0, 1994, 1995, 2000, 4999, 5000, 7999, 7995, 8000, 10000,
        100, 50, 20, 19, 80, 79, 49, 0, 3000, 6000, 9000, 1000, 2500, 5500, 8500, 500,
        1, 4000, 7000, 9999, 10, 2222, 5555, 8888, 1111, 4444, 7777, 3333, 6666, 9500, 6500, 3500, 1500, 4500, 7500, 2600, 0,
    ]

    /// The classes of `counts`, by hand: 0 is 設置なし; 19.94% prints 19.9% (20%未満) and 19.95%
    /// prints 20.0% (20%以上), as the maps shade by the printed rate; 79.99% prints 80.0%.
    static let expected = [
        "none", "under-20", "20-plus", "20-plus", "50-plus", "50-plus", "80-plus", "80-plus", "80-plus", "80-plus",
        "80-plus", "50-plus", "20-plus", "under-20", "80-plus", "50-plus", "20-plus", "none", "20-plus", "50-plus",
        "80-plus", "under-20", "20-plus", "50-plus", "80-plus", "under-20",
        "under-20", "20-plus", "50-plus", "80-plus", "under-20", "20-plus", "50-plus", "80-plus", "under-20", "20-plus",
        "50-plus", "20-plus", "50-plus", "80-plus", "50-plus", "20-plus", "under-20", "20-plus", "50-plus", "20-plus", "none",
    ]

    static var fullTable: SurveyTable {
        var csv = "year,prefecture,total_schools,cs_schools\n"
        for (i, count) in counts.enumerated() {
            let denominator = (11...17).contains(i + 1) ? 100 : 10000
            csv += "2021,\(Prefecture(code: i + 1)!.name),\(denominator),\(count)\n"
        }
        return TableFixtures.table(csv)
    }

    @Test func fortySevenTilesInTheClassOfTheirRates() throws {
        let map = TileMap(MeasureTable(Self.fullTable, programme: .cs), formatting: display)
        let (root, error) = XMLNode.parse(map.renderSVG())
        #expect(error == nil)
        let svg = try #require(root)
        let tiles = svg.all("g", class: "tile")
        #expect(tiles.count == 47)
        #expect(tiles.map { $0.attributes["data-code"]! } == (1...47).map { $0 < 10 ? "0\($0)" : "\($0)" })
        #expect(tiles.map { $0.attributes["data-class"]! } == Self.expected)
        // Each tile says its prefecture, rate, count and class, and prints its short name and rate.
        #expect(tiles[2].title == "岩手県: 導入率 20.0% (1,995校), 20%以上")
        #expect(tiles[1].title == "青森県: 導入率 19.9% (1,994校), 20%未満")
        #expect(tiles[0].title == "北海道: 導入率 0.0% (0校), 設置なし")
        #expect(tiles[13].all("text").map(\.text) == ["神奈川", "19.0%"])
        // 設置なし is hollow (white, outlined).
        #expect(tiles[0].all("rect").first?.attributes["fill"] == "#ffffff")
        // The legend: the five classes, in order.
        let legend = svg.all("g", class: "legend-item")
        #expect(legend.map { $0.attributes["data-class"]! } == ["80-plus", "50-plus", "20-plus", "under-20", "none"])
        #expect(legend.map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines) } == ["80%以上", "50%以上", "20%以上", "20%未満", "設置なし"])
    }

    @Test func aPrefectureWithoutFiguresIsHatchedNotShaded() throws {
        // TableFixtures.prefectureCSV has six prefectures; 山形県 prints － (設置なし on the maps).
        let map = TileMap(MeasureTable(TableFixtures.table(TableFixtures.prefectureCSV), programme: .cs), formatting: display)
        let (root, _) = XMLNode.parse(map.renderSVG(idPrefix: "m"))
        let svg = try #require(root)
        let tiles = svg.all("g", class: "tile")
        #expect(tiles.prefix(6).map { $0.attributes["data-class"]! } == ["80-plus", "80-plus", "50-plus", "none", "under-20", "none"])
        #expect(tiles.dropFirst(6).allSatisfy { $0.attributes["data-class"] == "missing" && $0.all("rect").first?.attributes["fill"] == "url(#m-hatch)" })
        #expect(tiles[12].title == "東京都: 導入率 … (…校), 数値なし")
        // A sixth legend entry for the hatching, and a note naming the 41 prefectures.
        #expect(svg.all("g", class: "legend-item").map { $0.attributes["data-class"]! } == ["80-plus", "50-plus", "20-plus", "under-20", "none", "missing"])
        #expect(map.notes.first?.hasPrefix("※ 数値なし (斜線): 福島県、茨城県") == true)
    }
}
