extension ReferencePage {
    /// The page as one self-contained HTML file.
    ///
    /// `lang` is the page's language; there is no script and nothing is fetched (no link,
    /// image or font from elsewhere): the charts are inline SVG, the styles inline CSS with
    /// print rules (A4, sections kept whole, charts fitted to the page). Tables are real
    /// `<table>` markup with header cells. A figure not known shows as … with a title saying so.
    ///
    /// - Returns: the HTML, ending with a newline.
    public func html() -> String {
        let f = formatting
        let title = f.text("コミュニティ・スクールに関する参考資料", "Reference material on community schools")
        let period = pageYear + f.text("調査結果", " survey results")
        var body: [String] = []
        body.append("<header>\n<h1>\(e(title))</h1>\n<p class=\"subtitle\">\(e(period))\(date.map { e(f.text("（\($0.japaneseLabel)現在）", " (as of \($0.englishLabel))")) } ?? "")</p>\n</header>")
        body.append(byTypeSection)
        body.append(csSchoolsSection)
        body.append(establishersSection)
        if table.has(.count(.hq)) { body.append(hqSection) }
        body.append(prefectureSection)
        if table.has(.count(.both)) { body.append(bothSection) }
        if table.has(.count(.similar)) { body.append(similarSection) }
        if !series.isEmpty { body.append(seriesSection) }
        body.append(sourcesSection)
        return """
            <!DOCTYPE html>
            <html lang="\(f.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))\(e(f.text("（\(period)）", " (\(period))")))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    // MARK: Sections

    private var byTypeSection: String {
        let f = formatting
        let programmes = [Programme.cs, .hq].filter { table.has(.count($0)) }
        var columns = [TextTable.Column(title: f.text("学校種", "School type"))]
        for p in programmes {
            let group = f.name(p)
            columns += [
                TextTable.Column(title: f.text(p.countLabel, "Schools"), alignment: .right, group: group),
                TextTable.Column(title: f.text(p.rateLabel, "Rate"), alignment: .right, group: group),
                TextTable.Column(title: f.text("増加校数 (前年度比)", "Increase"), alignment: .right, group: group),
            ]
        }
        let rows = allRows.map { row in
            [f.label(row.key, computedTotal: table.total == nil)] + programmes.flatMap { p in
                [f.count(row[.count(p)]), rateText(row, p), f.count(row[.increase(p)])]
            }
        }
        let heading = f.text("コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（\(pageYear)調査結果）",
                             "Community schools and regional school cooperation HQ by school type (\(pageYear) survey)")
        var notes = [f.text(Note.kindergarten.ja, Note.kindergarten.en), f.text(Note.denominator.ja, Note.denominator.en)]
        notes += table.footnotes
        notes.append(Note.survey(date, hqPlans: hqIncludesPlans, f.language))
        let text = TextTable(title: nil, columns: columns, rows: rows, footnotes: notes)
        return section("by-type", heading, text.renderHTML(emphasised: [rows.count - 1], missingTitle: missingTitle))
    }

    private var csSchoolsSection: String {
        let f = formatting
        var html = "<p class=\"lead\">\(e(f.text("学校運営協議会を設置している学校数", "Schools with a school management council")))</p>\n"
        html += headlineFigure(prefectures: headlineCount(.prefecturesWithCSSchools), count: totalCount(.cs), unit: f.text("校", " schools"))
        html += "<p>\(paren(breakdown(.cs, colon: false)))</p>\n"
        html += share(totalRate(.cs), f.text("全国の学校のうち、", "Of all schools, "), f.text("がコミュニティ・スクールを導入", " are community schools"))
        html += "<h3>\(e(f.text("校種別設置状況", "By school type")))</h3>\n"
        html += figure(BarChart(table: table, programmes: [.cs], quantity: .rate, formatting: f, source: tableSource).renderSVG(standalone: false, idPrefix: "cs-bars"))
        let multiples = headline?.values(.csMultipleBaseNotStated, in: table.year) ?? []
        if !multiples.isEmpty {
            let values = multiples.map { f.text("\($0)倍", "\($0)×") }.joined(separator: f.text("、", ", "))
            html += "<p class=\"multiples\"><strong>\(e(values))</strong> <span class=\"aside\">\(e(f.text("（参考資料の「校種別設置状況」の図に付された倍率。何年度・どの学校種に対する倍率かは本文に記載がない）", "(multiples printed on the reference page's chart by school type; its text does not say of which year or school type)")))</span></p>\n"
        }
        html += notes([Note.surveyDenominator(date, f.language), f.text(Note.csDefinition.ja, Note.csDefinition.en)])
        return section("cs-schools", f.text("コミュニティ・スクール（学校運営協議会制度）の導入状況 ー学校数ー", "Community schools: schools"), html)
    }

    private var establishersSection: String {
        let f = formatting
        let m = municipalities
        var html = "<p class=\"lead\">\(e(f.text("コミュニティ・スクールを導入している自治体数", "Establishers with community schools")))</p>\n"
        html += headlineFigure(prefectures: headlineCount(.prefecturesWithCSEstablishers), count: f.count(m?.withCS), unit: f.text("自治体", " establishers"))
        let parts = f.language == .japanese
            ? "\(fig(f.count(m?.prefectures)))道府県、\(fig(f.count(m?.municipalities)))市区町村、\(fig(f.count(m?.schoolUnions)))学校組合"
            : "\(fig(f.count(m?.prefectures))) prefectures, \(fig(f.count(m?.municipalities))) municipalities, \(fig(f.count(m?.schoolUnions))) school unions"
        html += "<p>\(paren(parts))</p>\n"
        html += share(m?.rate.map(f.percent) ?? f.placeholder, f.text("全国の自治体※のうち、", "Of all establishers, "), f.text("がコミュニティ・スクールを導入", " have community schools"))
        html += "<h3>\(e(f.text("コミュニティ・スクールを導入している自治体の割合（都道府県別）", "Share of establishers with community schools, by prefecture")))</h3>\n"
        html += "<p>\(e(f.text("【設置率】", "Classes: ")))" + MapClass.allCases.map { c in
            "<span class=\"swatch\" style=\"background:\(ChartStyle.fill(c))\"></span>\(e(f.text(c.label, c.englishName)))"
        }.joined(separator: " ") + "</p>\n"
        html += "<p class=\"missing-note\">\(e(f.text("都道府県別の自治体の割合: 数値なし（この割合の都道府県別の表はデータにない）", "By prefecture: no figures (no table of this share by prefecture in the data)")))</p>\n"
        html += notes([f.text(Note.establishers.ja, Note.establishers.en), Note.surveyDenominator(date, f.language), f.text(Note.csDefinition.ja, Note.csDefinition.en)])
        return section("cs-establishers", f.text("コミュニティ・スクール（学校運営協議会制度）の導入状況 ー自治体数ー", "Community schools: establishers"), html)
    }

    private var hqSection: String {
        let f = formatting
        var html = "<p class=\"lead\">\(e(f.text("地域学校協働本部が整備されている公立学校数", "Public schools covered by a regional school cooperation HQ")))</p>\n"
        html += headlineFigure(prefectures: headlineCount(.prefecturesWithHQSchools), count: totalCount(.hq), unit: f.text("校", " schools"), moment: "時点")
        html += "<p>\(paren(breakdown(.hq, colon: false)))</p>\n"
        html += share(totalRate(.hq), f.text("全国の公立学校のうち、", "Of all public schools, "), f.text("が地域学校協働本部にカバーされている", " are covered by an HQ"))
        html += figure(BarChart(table: table, programmes: [.hq], quantity: .rate, formatting: f, source: tableSource).renderSVG(standalone: false, idPrefix: "hq-bars"))
        html += notes([Note.surveyDenominator(date, f.language), f.text(Note.hqFunding.ja, Note.hqFunding.en), f.text(Note.hqCoverage.ja, Note.hqCoverage.en)])
        return section("hq-schools", f.text("地域学校協働本部の整備状況 ー学校数ー", "Regional school cooperation HQ: schools"), html)
    }

    private var prefectureSection: String {
        let f = formatting
        var html = ""
        for p in [Programme.cs, .hq] where table.has(.count(p)) {
            let what = p == .cs
                ? f.text("コミュニティ・スクールを導入している公立学校数", "Public schools with a community school council")
                : f.text("地域学校協働本部が整備されている公立学校数", "Public schools covered by an HQ")
            html += "<p>\(e(what))\(f.text("：", ": "))\(fig(totalCount(p)))\(e(f.text("校", " schools")))\(paren(breakdown(p, colon: true)))</p>\n"
        }
        html += maps([.cs, .hq])
        html += notes([f.text(Note.similarExcluded.ja, Note.similarExcluded.en), Note.survey(date, hqPlans: hqIncludesPlans, f.language)])
        return section("by-prefecture", f.text("コミュニティ・スクールの導入率と地域学校協働本部の整備率（都道府県別・全学校種）", "Community school and HQ rates by prefecture (all school types)"), html)
    }

    private var bothSection: String {
        let f = formatting
        var html = "<p>\(e(f.text("いずれも整備されている公立学校数", "Public schools with both")))\(f.text("：", ": "))\(fig(totalCount(.both)))\(e(f.text("校", " schools")))\(paren(breakdown(.both, colon: true)))</p>\n"
        html += maps([.both])
        let overlap = OverlapTable(table).textTable(f)
        html += overlap.renderHTML(emphasised: [overlap.rows.count - 1], missingTitle: missingTitle)
        html += notes([f.text(Note.similarExcluded.ja, Note.similarExcluded.en), f.text(Note.rounding.ja, Note.rounding.en), Note.survey(date, hqPlans: false, f.language)])
        return section("both", f.text("コミュニティ・スクールと地域学校協働本部の両方の機能が備わっている学校の割合（都道府県別・全学校種）", "Schools with both a community school and an HQ"), html)
    }

    private var similarSection: String {
        let f = formatting
        var html = ""
        for p in [Programme.cs, .similar] {
            let what = p == .cs
                ? f.text("学校運営協議会を設置している公立学校数", "Public schools with a school management council")
                : f.text("いわゆる『類似の仕組み』を設置している公立学校数", "Public schools with a so-called similar mechanism")
            html += "<p>\(e(what))\(f.text("：", ": "))\(fig(totalCount(p)))\(e(f.text("校", " schools")))\(paren(breakdown(p, colon: true)))</p>\n"
        }
        html += "<h3>\(e(f.text("いわゆる『類似の仕組み』の定義（調査におけるもの）", "What the survey counts as a similar mechanism")))</h3>\n<ul>\n"
        html += Note.similarDefinition.map { "<li>\(e(f.text($0.ja, $0.en)))</li>\n" }.joined() + "</ul>\n"
        html += notes([Note.survey(date, hqPlans: false, f.language)])
        return section("similar", f.text("学校運営協議会の『類似の仕組み』の実施状況", "Similar mechanisms beside school management councils"), html)
    }

    private var seriesSection: String {
        let f = formatting
        var html = ""
        if let chart = SeriesChart(series: series, formatting: f, source: SurveySource.line(for: series, f.language)) {
            html += figure(chart.renderSVG(standalone: false, idPrefix: "series"))
        }
        html += seriesTable.renderHTML(missingTitle: missingTitle)
        let span = YearSpan(years: series.compactMap { $0.year?.gregorian })
        return section("series", f.text("推移", "Over the years") + (span.map { " (\($0.label(f)))" } ?? ""), html)
    }

    private var sourcesSection: String {
        let f = formatting
        var items: [String] = []
        items.append(f.text("学校種別の表", "Table by school type") + ": " + (tableSource ?? f.text("標準入力", "standard input")))
        if !series.isEmpty { items.append(f.text("推移", "Series") + ": " + (SurveySource.line(for: series, f.language) ?? f.text("標準入力", "standard input"))) }
        items.append(f.text("都道府県別の表", "Table by prefecture") + ": "
            + (prefectures.map { SurveySource.line(for: [$0], f.language) ?? f.text("標準入力", "standard input") } ?? f.text("なし", "none")))
        if municipalities != nil {
            items.append(f.text("自治体数", "Establishers") + ": Data/municipalities.csv (" + f.text("出典は Data/README.md", "source in Data/README.md") + ")")
        }
        if let headline, let year = table.year {
            let sources = Set(headline.figures.filter { $0.year == year }.map(\.source)).sorted().joined(separator: ", ")
            if !sources.isEmpty {
                items.append(f.text("都道府県数 (○都道府県内) と倍率", "Numbers of prefectures and multiples") + ": Data/headline_figures.csv (\(sources); " + f.text("出典は Data/README.md", "sources in Data/README.md") + ")")
            }
        }
        var html = "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        html += "<p class=\"generator\">\(e(f.text("cs-stats \(CSStatsVersion.string) で作成。率は校数の比から四捨五入で一度だけ丸めた値、または公表値。…は数値なし（0ではない）。", "Made with cs-stats \(CSStatsVersion.string). Rates are as published, or exact ratios of counts rounded half up once. … is a figure not known (never 0).")))</p>\n"
        return section("sources", f.text("資料", "Sources"), html)
    }

    // MARK: Parts

    /// The year of the page: `令和3年度` / `FY2021`.
    private var pageYear: String { table.year.map(formatting.year) ?? formatting.placeholder }

    private var date: ReferenceDate? { table.referenceDate.flatMap(ReferenceDate.init) }

    /// Whether to say HQ figures include those planned within the year: the R3 page says so;
    /// it is said only for a year whose page Data/ holds figures of (headline_figures.csv), not
    /// assumed of others.
    private var hqIncludesPlans: Bool {
        table.has(.count(.hq)) && headline?.figures.contains { $0.year == table.year } == true
    }

    private var missingTitle: String { formatting.text("数値なし", "no figure") }

    private var allRows: [SurveyRow] {
        MeasureTable(table, programme: .cs).entries.compactMap { entry in
            entry.key == .total ? table.effectiveTotal : table.rows.first { $0.key == entry.key }
        }
    }

    private var tableSource: String? { SurveySource.line(for: [table], formatting.language) }

    private func headlineCount(_ kind: HeadlineFigures.Kind) -> String {
        formatting.count(headline?.count(kind, in: table.year))
    }

    private func totalCount(_ p: Programme) -> String { formatting.count(table.effectiveTotal[.count(p)]) }

    private func totalRate(_ p: Programme) -> String { rateText(table.effectiveTotal, p) }

    private func rateText(_ row: SurveyRow, _ p: Programme) -> String {
        formatting.rate(row, p, computing: SurveyScope.canComputeRate(p, of: row, in: table))
    }

    /// `46都道府県内 11,856校（令和3年5月1日現在）`, each figure marked up.
    private func headlineFigure(prefectures: String, count: String, unit: String, moment: String = "現在") -> String {
        let f = formatting
        let when = date.map { f.text("（\($0.japaneseLabel)\(moment)）", " (as of \($0.englishLabel))") } ?? ""
        let reach = f.language == .japanese
            ? "\(fig(prefectures))都道府県内 "
            : "In \(fig(prefectures)) prefectures: "
        return "<p class=\"headline\">\(reach)<strong>\(fig(count))\(e(unit))</strong>\(e(when))</p>\n"
    }

    /// `全国の学校のうち、33.3%がコミュニティ・スクールを導入`.
    private func share(_ rate: String, _ before: String, _ after: String) -> String {
        "<p class=\"share\">\(e(before))<strong>\(fig(rate))</strong>\(e(after))</p>\n"
    }

    /// `幼稚園276、小学校7,051、…` or `幼稚園：276、…`: every school type that existed in the year.
    private func breakdown(_ p: Programme, colon: Bool) -> String {
        let f = formatting
        let types = SchoolType.allCases.filter { t in table.row(t) != nil || SurveyScope.exists(t, in: table.year) }
        return types.map { t in
            let label = e(f.label(.schoolType(t)))
            let value = fig(table.row(t).map { f.count($0[.count(p)]) } ?? f.placeholder)
            return f.language == .japanese ? "\(label)\(colon ? "：" : "")\(value)" : "\(label) \(value)"
        }.joined(separator: f.text("、", ", "))
    }

    /// The maps of the prefecture table, one per programme it has, or a line saying there are none.
    private func maps(_ programmes: [Programme]) -> String {
        let f = formatting
        guard let prefectures else {
            return "<p class=\"missing-note\">\(e(f.text("都道府県別の地図: 都道府県別の表が与えられていない（cs-stats report 都道府県別の表.csv で描く）", "Maps by prefecture: no table by prefecture was given (cs-stats report PREFECTURES.csv draws them)")))</p>\n"
        }
        var html = ""
        for p in programmes where prefectures.has(.count(p)) || prefectures.has(.rate(p)) {
            let map = TileMap(MeasureTable(prefectures, programme: p), formatting: f, source: SurveySource.line(for: [prefectures], f.language))
            html += figure(map.renderSVG(standalone: false, idPrefix: "map-\(p.rawValue)"))
        }
        return html
    }

    /// The series as a table: a row per year of the span, 数値なし for a year with no table.
    private var seriesTable: TextTable {
        let f = formatting
        let byYear = Dictionary(series.compactMap { t in t.year.map { ($0.gregorian, t) } }, uniquingKeysWith: { a, _ in a })
        let span = YearSpan(years: Array(byYear.keys))
        let programmes = [Programme.cs, .hq, .both].filter { p in series.contains { $0.effectiveTotal.count(p) != nil } }
        var columns = [TextTable.Column(title: f.text("年度", "Year"))]
        for p in programmes {
            columns.append(TextTable.Column(title: f.text(p.countLabel, "Schools"), alignment: .right, group: f.name(p)))
            columns.append(TextTable.Column(title: f.text(p.rateLabel, "Rate"), alignment: .right, group: f.name(p)))
        }
        var marked = Set<Programme>()
        let rows: [[String]] = (span?.years ?? 0...(-1)).map { year in
            let label = "\(f.year(SurveyYear(gregorian: year))) (\(year))"
            guard let t = byYear[year] else {
                return [label] + Array(repeating: f.text("数値なし", "no figures"), count: programmes.count * 2)
            }
            let total = t.effectiveTotal
            return [label] + programmes.flatMap { p -> [String] in
                let partial = !t.fromRecords && SurveyScope.totalCoversSomeTypesOnly(p, in: t.year) && total.count(p) != nil
                if partial { marked.insert(p) }
                let mark = partial ? BarChart.scopeMarker : ""
                let rate = formatting.rate(total, p, computing: SurveyScope.canComputeRate(p, of: total, in: t))
                return [f.count(total[.count(p)]) + mark, rate == f.placeholder ? rate : rate + mark]
            }
        }
        let notes = (span?.gapNotes(f) ?? []) + Programme.allCases.filter(marked.contains).map {
            "\(BarChart.scopeMarker) " + SurveyScope.scopeNote($0, language: f.language)
        }
        return TextTable(title: nil, columns: columns, rows: rows, footnotes: notes)
    }

    private func section(_ id: String, _ heading: String, _ content: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(e(heading))</h2>\n\(content)</section>"
    }

    /// Markup in the page's parentheses: （…） in Japanese, (…) in English.
    private func paren(_ markup: String) -> String {
        formatting.text("（\(markup)）", " (\(markup))")
    }

    private func figure(_ svg: String) -> String { "<figure>\n\(svg)</figure>\n" }

    private func notes(_ lines: [String]) -> String {
        "<ul class=\"notes\">\n" + lines.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// A figure, marked as missing when it is the placeholder.
    private func fig(_ text: String) -> String {
        text == formatting.placeholder ? "<span class=\"missing\" title=\"\(e(missingTitle))\">\(e(text))</span>" : e(text)
    }

    private func e(_ text: String) -> String { MarkupText.escaped(text) }

    /// The page's styles: the charts' fonts, plain tables, and print rules.
    static let css = """
        body { font-family: \(ChartStyle.fontFamily); color: #1a1a1a; background: #ffffff; margin: 0; line-height: 1.6; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #253494; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.05rem; margin-top: 1.5rem; }
        .subtitle { color: #555555; margin: 0; }
        .headline { font-size: 1.3rem; margin: 0.5rem 0; }
        .headline strong, .share strong { font-size: 1.8rem; color: #253494; }
        .lead { font-weight: bold; margin-bottom: 0; }
        table { border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #bbbbbb; padding: 0.25rem 0.5rem; white-space: nowrap; }
        table { font-size: 0.95rem; }
        thead th { background: #eef3f8; }
        tbody th { text-align: left; font-weight: normal; }
        td.num { text-align: right; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #555555; }
        .missing { color: #777777; }
        .missing-note { color: #555555; font-style: italic; }
        ul.notes { list-style: none; padding-left: 0; color: #444444; font-size: 0.9rem; }
        .aside { color: #555555; font-size: 0.9rem; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #555555; vertical-align: -0.1em; margin: 0 0.2em 0 0.6em; }
        figure { margin: 1rem 0; }
        svg.chart { max-width: 100%; height: auto; }
        .generator { color: #555555; font-size: 0.85rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          figure, table { break-inside: avoid; }
          .headline strong, .share strong, h2 { color: #000000; }
          thead th { background: none; }
          th, td { white-space: normal; }
        }
        """
}
