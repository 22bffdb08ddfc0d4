import Testing
@testable import CSStats

/// Measures of `SurveyRow` on the R3 figures of the seed (built in as Data/cs_r3_2021.csv).
@Suite struct SurveyMeasuresTests {
    let r3 = SurveyTable.builtInR3()

    private func row(_ type: SchoolType) throws -> SurveyRow { try #require(r3.row(type)) }
    private func total() throws -> SurveyRow { try #require(r3.total) }
    private func percent(_ text: String) -> FixedDecimal { FixedDecimal(text)! }

    private func handRow(_ figures: [SurveyColumn: Int], rates: [SurveyColumn: String] = [:]) -> SurveyRow {
        var all: [SurveyColumn: Figure] = figures.mapValues { .value(FixedDecimal(units: $0, scale: 0)) }
        for (column, text) in rates { all[column] = .value(FixedDecimal(text)!) }
        return SurveyRow(key: .schoolType(.kindergarten), label: "幼稚園", figures: all)
    }

    @Test func previousCountIsCountMinusIncrease() throws {
        // 幼稚園 CS 276 − 39 = 237; HQ 553 − 53 = 500.
        #expect(try row(.kindergarten).previousCount(.cs) == 237)
        #expect(try row(.kindergarten).previousCount(.hq) == 500)
        // 中等教育学校 HQ 2 − 0 = 2; 合計 CS 11,856 − 2,068 = 9,788, HQ 19,471 − 1,341 = 18,130.
        #expect(try row(.secondary).previousCount(.hq) == 2)
        #expect(try total().previousCount(.cs) == 9788)
        #expect(try total().previousCount(.hq) == 18130)
        // No increase column for both: no previous count, never a guess.
        #expect(try total().previousCount(.both) == nil)
    }

    @Test func publishedPreviousCountWins() {
        // A table that prints 前年度 is taken at its word, even where count − increase differs.
        let row = handRow([.count(.cs): 276, .increase(.cs): 39, .previous(.cs): 240])
        #expect(row.previousCount(.cs) == 240)
    }

    @Test func growth() throws {
        // 幼稚園 CS: 39 / 237 = 0.16455… → 16.5%.
        let kindergarten = try row(.kindergarten)
        #expect(kindergarten.growth(.cs) == Ratio(39, 237))
        #expect(kindergarten.growth(.cs)?.percent(scale: 1) == percent("16.5"))
        // 幼稚園 HQ: 53 / 500 = 0.106 → 10.6%.
        #expect(kindergarten.growth(.hq)?.percent(scale: 1) == percent("10.6"))
        // 合計 CS: 2,068 / 9,788 = 0.21127… → 21.1%; HQ: 1,341 / 18,130 = 0.07396… → 7.4%.
        #expect(try total().growth(.cs)?.percent(scale: 1) == percent("21.1"))
        #expect(try total().growth(.hq)?.percent(scale: 1) == percent("7.4"))
        // 中等教育学校 HQ: 0 / 2 = 0.0%.
        #expect(try row(.secondary).growth(.hq)?.percent(scale: 1) == percent("0.0"))
    }

    @Test func growthEdgeCases() {
        // From nothing: 1 − 1 = 0 schools last year; growth is undefined, not infinite.
        #expect(handRow([.count(.cs): 1, .increase(.cs): 1]).growth(.cs) == nil)
        // A decrease: 3 now, −2, so 5 last year; −2 / 5 = −40.0%.
        let fewer = handRow([.count(.cs): 3, .increase(.cs): -2])
        #expect(fewer.previousCount(.cs) == 5)
        #expect(fewer.growth(.cs)?.percent(scale: 1) == percent("-40.0"))
        // No increase published: no growth.
        #expect(handRow([.count(.cs): 3]).growth(.cs) == nil)
    }

    @Test func bothShares() throws {
        let total = try total()
        // 8,528 / 11,856 = 0.71929… → 71.9%; 8,528 / 19,471 = 0.43798… → 43.8%.
        #expect(total.bothShareOfCS == Ratio(8528, 11856))
        #expect(total.bothShareOfCS?.percent(scale: 1) == percent("71.9"))
        #expect(total.bothShareOfHQ == Ratio(8528, 19471))
        #expect(total.bothShareOfHQ?.percent(scale: 1) == percent("43.8"))
        // 中等教育学校: 0 / 4 = 0.0% of CS, 0 / 2 = 0.0% of HQ.
        #expect(try row(.secondary).bothShareOfCS?.percent(scale: 1) == percent("0.0"))
        #expect(try row(.secondary).bothShareOfHQ?.percent(scale: 1) == percent("0.0"))
    }

    @Test func kindergartenDenominatorBounds() throws {
        // CS 276 at 9.8%: 2·1000·276 = 552,000; 552,000/197 = 2,802.03 < D ≤ 552,000/195 = 2,830.77,
        // so 2,803…2,830. HQ 553 at 19.5%: 1,106,000/391 = 2,828.64 < D ≤ 1,106,000/389 = 2,843.19,
        // so 2,829…2,843. They share one 母数: 2,829…2,830.
        let bounds = try row(.kindergarten).denominatorBounds
        #expect(bounds == .some(DenominatorBounds(lower: 2829, upper: 2830)))
        #expect(bounds??.description == "2,829…2,830")
    }

    @Test func denominatorBoundsOtherCases() {
        // A published 母数 is the bound: R2 total 36,015.
        #expect(handRow([.denominator: 36015, .count(.cs): 9788], rates: [.rate(.cs): "27.2"]).denominatorBounds
            == .some(DenominatorBounds(lower: 36015, upper: 36015)))
        // CS 276 at 9.8% (2,803…2,830) and HQ 553 at 30.0% (1,106,000/601 = 1,840.3 < D ≤
        // 1,106,000/599 = 1,846.4, so 1,841…1,846) cannot share a 母数.
        let contradiction = handRow([.count(.cs): 276, .count(.hq): 553], rates: [.rate(.cs): "9.8", .rate(.hq): "30.0"])
        #expect(contradiction.denominatorBounds == .some(nil))
        // A count without a rate bounds nothing.
        #expect(handRow([.count(.cs): 276]).denominatorBounds == nil)
    }
}
