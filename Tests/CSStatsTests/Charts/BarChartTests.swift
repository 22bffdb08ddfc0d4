import Testing
@testable import CSStats

/// Terminal bars, checked against lengths worked out by hand: a bar of rate r in a chart of c
/// cells is r / 100 × 8c eighths, rounded half up.
@Suite struct BarChartTerminalTests {
    private let display = SurveyFormatting(forDisplay: true, language: .japanese)

    /// `n` whole blocks followed by `partial` (one of ▏▎▍▌▋▊▉, or nothing).
    private func bar(_ n: Int, _ partial: String = "") -> String { String(repeating: "█", count: n) + partial }

    @Test func r3RatesVerbatimAt80Columns() {
        // Labels 12 columns (義務教育学校), values 5 (66.0%): 80 − 12 − 2 − 1 − 5 = 60 cells, 480 eighths.
        // 9.8% → 47.04 → 47 = 5·8 + 7; 37.5% → 180 = 22·8 + 4; 36.5% → 175.2 → 175 = 21·8 + 7;
        // 66.0% → 316.8 → 317 = 39·8 + 5; 22.9% → 109.92 → 110 = 13·8 + 6; 11.8% → 56.64 → 57 = 7·8 + 1;
        // 26.0% → 124.8 → 125 = 15·8 + 5; 33.3% → 159.84 → 160 = 20·8.
        let chart = BarChart(table: SurveyTable.builtInR3(), programmes: [.cs], quantity: .rate, formatting: display)
        #expect(chart.renderTerminal(width: 80) == """
            コミュニティ・スクール 導入率 (令和3年度, 2021-05-01)

            幼稚園        \(bar(5, "▉")) 9.8%
            小学校        \(bar(22, "▌")) 37.5%
            中学校        \(bar(21, "▉")) 36.5%
            義務教育学校  \(bar(39, "▋")) 66.0%
            高等学校      \(bar(13, "▊")) 22.9%
            中等教育学校  \(bar(7, "▏")) 11.8%
            特別支援学校  \(bar(15, "▋")) 26.0%
            合計          \(bar(20)) 33.3%

            バー全長 = 100%

            """)
    }

    @Test func r3CountsVerbatimAt80Columns() {
        // Values 6 columns (11,856): 80 − 12 − 2 − 1 − 6 = 59 cells, 472 eighths, full = 11,856.
        // 276 → 10.99 → 11 = 8 + 3; 7,051 → 280.71 → 281 = 35·8 + 1; 3,339 → 132.93 → 133 = 16·8 + 5;
        // 95 → 3.78 → 4; 805 → 32.05 → 32 = 4·8; 4 → 0.16 → 0 (no bar); 286 → 11.39 → 11 = 8 + 3.
        let chart = BarChart(table: SurveyTable.builtInR3(), programmes: [.cs], quantity: .count, formatting: display)
        #expect(chart.renderTerminal(width: 80) == """
            コミュニティ・スクール 導入校数 (令和3年度, 2021-05-01)

            幼稚園        \(bar(1, "▍")) 276
            小学校        \(bar(35, "▏")) 7,051
            中学校        \(bar(16, "▋")) 3,339
            義務教育学校  ▌ 95
            高等学校      \(bar(4)) 805
            中等教育学校  4
            特別支援学校  \(bar(1, "▍")) 286
            合計          \(bar(59)) 11,856

            バー全長 = 11,856校

            """)
    }

    @Test func aBarRoundsHalfUpOnce() {
        // 40 columns: labels 6, values 2 → 40 − 6 − 2 − 1 − 2 = 29 cells, 232 eighths, full = 16.
        // 小学校 1 / 16 × 232 = 14.5 → 15 = 8 + 7 (ties-to-even would draw 14, ▊);
        // 幼稚園 15 / 16 × 232 = 217.5 → 218 = 27·8 + 2.
        let table = TableFixtures.table("year,school_type,cs_schools\n2021,幼稚園,15\n2021,小学校,1\n2021,合計,16\n")
        let chart = BarChart(table: table, programmes: [.cs], quantity: .count, formatting: display)
        // The heading is 43 columns: the period takes a line of its own.
        #expect(chart.renderTerminal(width: 40) == """
            コミュニティ・スクール 導入校数
            令和3年度

            幼稚園  \(bar(27, "▎")) 15
            小学校  \(bar(1, "▉")) 1
            合計    \(bar(29)) 16

            バー全長 = 16校

            """)
    }

    @Test func aFigureNotKnownHasNoBarAndIsNeverZero() {
        // 小学校 prints － (none), 中学校 is empty: neither is 0, and neither gets a bar.
        let table = TableFixtures.table("year,school_type,cs_schools,cs_rate_pct\n2021,幼稚園,50,50.0\n2021,小学校,－,－\n2021,中学校,,\n2021,合計,50,\n")
        let lines = BarChart(table: table, programmes: [.cs], quantity: .rate, formatting: display).renderTerminal(width: 40).split(separator: "\n")
        #expect(lines.contains("小学校  －"))
        #expect(lines.contains("中学校  …"))
        #expect(lines.contains("合計    …"))
    }

    @Test func aMeasureTheTableDoesNotHoldIsSaidOnce() {
        // Data/cs_r2_2020.csv has HQ columns, all empty: every bar is …, and a note says why.
        let table = TableFixtures.table(TableFixtures.r2CSV + "", file: "cs_r2_2020.csv")
        let text = BarChart(table: table, programmes: [.hq], quantity: .rate, formatting: display).renderTerminal(width: 80)
        #expect(text.hasSuffix("※ cs_r2_2020.csv には地域学校協働本部の整備率がない\n"))
        #expect(!BarChart(table: table, programmes: [.cs], quantity: .rate, formatting: display).renderTerminal(width: 80).contains("※"))
    }

    @Test func theSeriesKeepsItsGapAndMarksTheChangeOfScope() {
        let chart = BarChart(series: SurveyTable.builtInSeries(), programmes: [.hq], quantity: .rate, formatting: display)
        let lines = chart.renderTerminal(width: 80).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Twenty rows, 2005 to 2024: 平成19年度 and 平成20年度 have no table and stay as rows.
        #expect(chart.rows.map(\.label).first == "平成17年度")
        #expect(chart.rows.count == 20)
        #expect(lines.contains("平成19年度  …"))
        #expect(lines.contains("平成20年度  …"))
        // 2019 and 2020 HQ are 小中義 only: marked. Labels 10 columns, values 6 (50.5%*):
        // 80 − 10 − 2 − 1 − 6 = 61 cells, 488 eighths; 50.5% → 246.44 → 246 = 30·8 + 6.
        #expect(lines.contains("令和元年度  \(bar(30, "▊")) 50.5%*"))
        // 2021: 54.7% → 266.94 → 267 = 33·8 + 3; all types, not marked.
        #expect(lines.contains("令和3年度   \(bar(33, "▍")) 54.7%"))
        #expect(lines.contains("※ 平成19年度–平成20年度 (2007–2008): 数値なし"))
        #expect(lines.contains("* 地域学校協働本部の合計は令和3年度から全学校種が対象 (それ以前は小学校・中学校・義務教育学校のみ)"))
    }

    @Test func twoProgrammesAreTagged() {
        let chart = BarChart(table: SurveyTable.builtInR3(), programmes: [.cs, .hq], quantity: .rate, formatting: display)
        let lines = chart.renderTerminal(width: 80).split(separator: "\n").map(String.init)
        // Labels 12, tags 4 + 1, values 5: 80 − 12 − 2 − 5 − 1 − 5 = 55 cells, 440 eighths.
        // 小学校 CS 37.5% → 165 = 20·8 + 5; HQ 66.9% → 294.36 → 294 = 36·8 + 6.
        #expect(lines.contains("小学校        CS   \(bar(20, "▋")) 37.5%"))
        #expect(lines.contains("              本部 \(bar(36, "▊")) 66.9%"))
    }
}

@Suite struct YearSpanTests {
    @Test func gapsAreTheYearsWithNoTable() {
        let span = YearSpan(years: [2024, 2005, 2006, 2009, 2010, 2009])!
        #expect(span.first == 2005 && span.last == 2024)
        #expect(span.gaps == [2007...2008, 2011...2023])
        #expect(span.isGap(2008) && !span.isGap(2009))
        #expect(YearSpan(years: []) == nil)
    }

    @Test func aSeriesNeedsOneDatedTablePerYear() throws {
        let r3 = SurveyTable.builtInR3()
        #expect(YearSpan.seriesProblem([r3, r3])?.contains("both 令和3年度") == true)
        var undated = r3
        undated.year = nil
        #expect(YearSpan.seriesProblem([undated])?.contains("has no survey year") == true)
        #expect(YearSpan.seriesProblem(SurveyTable.builtInSeries()) == nil)
    }
}

@Suite struct AxisTests {
    @Test(arguments: [
        (11856, 12500, 2500), (21144, 25000, 5000), (20153, 25000, 5000), (16, 20, 5), (7, 7, 1), (1, 1, 1), (0, 1, 1),
    ])
    func roundTopsAndSteps(maximum: Int, top: Int, step: Int) {
        #expect(Axis(upTo: maximum) == Axis(top: top, step: step))
    }
}
