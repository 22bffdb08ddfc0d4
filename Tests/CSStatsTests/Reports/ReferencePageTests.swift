import Foundation
import Testing
@testable import CSStats

/// The regenerated reference page: the seed's figures (typed from the seed) where they belong,
/// … where a figure is not known, and nothing that runs or is fetched.
@Suite struct ReferencePageTests {
    private func page(_ tables: [SurveyTable] = [], _ language: Language = .japanese) throws -> String {
        try ReferencePage(tables: tables, language: language).html()
    }

    @Test func theBuiltInPageHoldsTheSeedsHeadlines() throws {
        let html = try page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">"))
        // 46都道府県内 11,856校, 33.3%; 1,041自治体 (32道府県、998市区町村、11学校組合), 57.4%; 19,471校, 54.7%.
        #expect(html.contains("<p class=\"headline\">46都道府県内 <strong>11,856校</strong>（令和3年5月1日現在）</p>"))
        #expect(html.contains("全国の学校のうち、<strong>33.3%</strong>がコミュニティ・スクールを導入"))
        #expect(html.contains("<p class=\"headline\">46都道府県内 <strong>1,041自治体</strong>（令和3年5月1日現在）</p>"))
        #expect(html.contains("<p>（32道府県、998市区町村、11学校組合）</p>"))
        #expect(html.contains("全国の自治体※のうち、<strong>57.4%</strong>がコミュニティ・スクールを導入"))
        #expect(html.contains("<p class=\"headline\">46都道府県内 <strong>19,471校</strong>（令和3年5月1日時点）</p>"))
        #expect(html.contains("全国の公立学校のうち、<strong>54.7%</strong>が地域学校協働本部にカバーされている"))
        #expect(html.contains("<strong>12.3倍、13.6倍</strong>"))
        #expect(html.contains("いずれも整備されている公立学校数：8,528校（幼稚園：155、小学校：5,543、中学校：2,556、義務教育学校：70、高等学校：124、中等教育学校：0、特別支援学校：80）"))
        #expect(html.contains("いわゆる『類似の仕組み』を設置している公立学校数：6,859校（幼稚園：431、小学校：3,919、中学校：1,869、義務教育学校：16、高等学校：486、中等教育学校：7、特別支援学校：131）"))
        // The table row of 合計, with header cells.
        #expect(html.contains("<tr class=\"total\"><th scope=\"row\">合計</th><td class=\"num\">11,856</td><td class=\"num\">33.3%</td><td class=\"num\">2,068</td><td class=\"num\">19,471</td><td class=\"num\">54.7%</td><td class=\"num\">1,341</td></tr>"))
        #expect(html.contains("<th colspan=\"3\" scope=\"colgroup\">コミュニティ・スクール</th>"))
        // Nothing runs, nothing is fetched; print styles.
        for forbidden in ["<script", "<link", "<img", "src=", "href=", "@import"] { #expect(!html.contains(forbidden)) }
        #expect(html.contains("@media print"))
    }

    @Test func theSeriesIsTheBuiltInOneWithItsGap() throws {
        let html = try page()
        #expect(html.contains("<h2>推移 (平成17年度–令和6年度)</h2>"))
        #expect(html.contains("<tr><th scope=\"row\">平成19年度 (2007)</th><td class=\"num\">数値なし</td>"))
        // R2's HQ total is 小中義 only: marked.
        #expect(html.contains("<tr><th scope=\"row\">令和2年度 (2020)</th><td class=\"num\">9,788</td><td class=\"num\">27.2%</td><td class=\"num\">17,066*</td><td class=\"num\">60.3%*</td><td class=\"num\">6,524*</td><td class=\"num missing\" title=\"数値なし\">…</td></tr>"))
        #expect(html.contains("* 地域学校協働本部の合計は令和3年度から全学校種が対象 (それ以前は小学校・中学校・義務教育学校のみ)"))
    }

    @Test func withoutAPrefectureTableThereIsNoMapAndItSaysSo() throws {
        let html = try page()
        #expect(!html.contains("class=\"tile\""))
        #expect(html.contains("都道府県別の地図: 都道府県別の表が与えられていない"))
    }

    @Test func aPrefectureTableGivesAMapPerProgramme() throws {
        var csv = "year,prefecture,total_schools,cs_schools,hq_schools,both_schools\n"
        for p in Prefecture.all { csv += "2021,\(p.name),10,\(p.code % 10),\(p.code % 7),\(p.code % 5)\n" }
        let html = try page([TableFixtures.table(csv, file: "prefectures.csv")])
        #expect(html.components(separatedBy: "<g class=\"tile\"").count - 1 == 3 * 47)
        for prefix in ["map-cs", "map-hq", "map-both"] { #expect(html.contains("<pattern id=\"\(prefix)-hatch\"")) }
        // The page's table is still the built-in R3 one.
        #expect(html.contains("46都道府県内 <strong>11,856校</strong>"))
    }

    @Test func anotherYearsPageShowsWhatItDoesNotKnow() throws {
        // R2 is the national table of 2020, but Data/ holds no establishers or prefecture counts for it.
        let html = try page([TableFixtures.table(TableFixtures.r2CSV, file: "cs_r2_2020.csv")])
        #expect(html.contains("<p class=\"subtitle\">令和2年度調査結果（令和2年7月1日現在）</p>"))
        #expect(html.contains("<span class=\"missing\" title=\"数値なし\">…</span>都道府県内 <strong>9,788校</strong>"))
        #expect(html.contains("<strong><span class=\"missing\" title=\"数値なし\">…</span>自治体</strong>"))
        #expect(!html.contains("1,041") && !html.contains("12.3倍"))
        // R2's table has no HQ: no HQ section.
        #expect(!html.contains("id=\"hq-schools\""))
    }

    @Test func aSubsetOfR3IsNotTheNation() throws {
        var subset = SurveyTable.builtInR3()
        subset.total?.figures[.count(.cs)] = .value(FixedDecimal(units: 11855, scale: 0))
        let html = try page([subset])
        #expect(!html.contains("46都道府県内") && !html.contains("1,041"))
    }

    @Test func english() throws {
        let html = try page([], .english)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<p class=\"headline\">In 46 prefectures: <strong>11,856 schools</strong> (as of 1 May 2021)</p>"))
        #expect(html.contains("<p> (32 prefectures, 998 municipalities, 11 school unions)</p>"))
    }

    @Test func tablesByPrefectureAndTypeAreRefused() throws {
        let table = TableFixtures.table("year,prefecture,school_type,cs_schools\n2021,北海道,小学校,3\n")
        #expect(throws: Picture.Problem.self) { try ReferencePage(tables: [table], language: .japanese) }
    }
}
