extension SeriesChart {
    /// Renders the chart as an SVG drawing: counts in the upper panel, rates (0–100%) in the
    /// lower, one year per column from the first to the last.
    ///
    /// A year with no table is a shaded band labelled 数値なし, and no line crosses it; the
    /// change of scope of HQ and both totals is a dashed rule between 令和2年度 and 令和3年度,
    /// with the earlier points hollow. Each line has its own dash and marker (CS: solid, circles;
    /// HQ: dashed, squares; both: dotted, triangles), so the chart reads without colour. Every
    /// point has a `<title>` with its year and figure and `class="point <programme> <count|rate>"`;
    /// the last figure of each line is printed in the right margin, at its height.
    ///
    /// - Parameters:
    ///   - standalone: `true` for an `.svg` file, `false` for an `<svg>` inside HTML.
    ///   - idPrefix: the prefix of ids in the drawing.
    /// - Returns: the SVG markup.
    public func renderSVG(standalone: Bool = true, idPrefix: String = "series") -> String {
        let f = formatting
        let width = 780.0, margin = 16.0
        // The right margin holds each line's last figure.
        let plotX = 76.0, plotWidth = width - plotX - 66
        let years = Array(span.years)
        let step = plotWidth / Double(years.count)
        func x(_ year: Int) -> Double { plotX + (Double(year - span.first) + 0.5) * step }

        let counts = lines.filter { $0.quantity == .count }
        let rates = lines.filter { $0.quantity == .rate }
        let largest = counts.flatMap(\.points).map { ($0.amount.numerator + $0.amount.denominator - 1) / $0.amount.denominator }.max() ?? 0
        var panels: [(title: String, lines: [Line], axis: Axis, top: Double, height: Double)] = []
        var top = 146.0
        if !counts.isEmpty {
            panels.append((f.text("学校数", "Schools"), counts, Axis(upTo: largest), top, 220))
            top += 220 + 56
        }
        if !rates.isEmpty {
            panels.append((f.text("導入率・整備率", "Rates"), rates, .percent, top, 160))
            top += 160 + 56
        }
        let bottom = top - 56
        let noteLines = (notes + (source.map { [f.text("資料: ", "Source: ") + $0] } ?? []))
            .flatMap { ChartStyle.wrap($0, width: width - 2 * margin, size: 11) }
        let height = bottom + 34 + Double(noteLines.count) * 17 + 10

        var svg = SVGDocument(width: width, height: height.rounded(.up), title: "\(title) (\(span.label(f)))", idPrefix: idPrefix)
        svg.text(title, x: margin, y: 30, size: 17, weight: "bold")
        svg.text(span.label(f) + " (\(span.first)–\(span.last))", x: margin, y: 50, size: 13)

        // Legend: a line sample with its marker per programme, and the hollow marker.
        var lx = margin
        let programmes = Programme.allCases.filter { p in lines.contains { $0.programme == p } }
        for p in programmes {
            svg.line(x1: lx, y1: 74, x2: lx + 26, y2: 74, stroke: ChartStyle.fill(p), width: 2, dash: ChartStyle.dash(p))
            Self.marker(&svg, p, x: lx + 13, y: 74, hollow: false, title: nil, attributes: [])
            svg.text(f.name(p), x: lx + 32, y: 78, size: 12, attributes: [("class", "legend-item")])
            lx += 32 + ChartStyle.textWidth(f.name(p), size: 12) + 18
        }
        if lines.contains(where: { $0.points.contains(where: \.coversSomeTypesOnly) }) {
            Self.marker(&svg, .cs, x: margin + 5, y: 96, hollow: true, title: nil, attributes: [], colour: ChartStyle.mutedInk)
            svg.text(f.text("白抜き: 小学校・中学校・義務教育学校のみの合計", "hollow: totals of elementary, lower secondary and compulsory schools only"),
                     x: margin + 16, y: 100, size: 12, fill: ChartStyle.mutedInk)
        }

        for panel in panels {
            let pb = panel.top + panel.height
            func y(_ amount: Ratio) -> Double {
                panel.top + panel.height * (1 - (Double(amount.numerator) / Double(amount.denominator)) / Double(panel.axis.top))
            }
            svg.text(panel.title, x: margin, y: panel.top - 12, size: 13, weight: "bold")
            for gap in span.gaps {
                let gx = x(gap.lowerBound) - step / 2
                let label = YearSpan(years: [gap.lowerBound, gap.upperBound])!.label(f)
                svg.rect(x: gx, y: panel.top, width: step * Double(gap.count), height: panel.height, fill: "#eeeeee",
                         attributes: [("class", "gap")], title: "\(label): \(f.text("数値なし", "no figures"))")
                svg.text(f.text("数値なし", "no figures"), x: gx + step * Double(gap.count) / 2, y: panel.top + 16, size: 11,
                         anchor: "middle", fill: ChartStyle.mutedInk)
            }
            for tick in panel.axis.ticks {
                let ty = panel.top + panel.height * (1 - Double(tick) / Double(panel.axis.top))
                svg.line(x1: plotX, y1: ty, x2: plotX + plotWidth, y2: ty, stroke: ChartStyle.rule, width: tick == 0 ? 1 : 0.5)
                let label = panel.axis == .percent ? "\(tick)%" : f.count(tick)
                svg.text(label, x: plotX - 6, y: ty + 4, size: 11, anchor: "end", fill: ChartStyle.mutedInk)
            }
            for year in years {
                svg.text(String(year), x: x(year), y: pb + 15, size: 10, anchor: "middle",
                         fill: span.isGap(year) ? ChartStyle.rule : ChartStyle.mutedInk)
            }
            if let change = scopeChangeYear, change > span.first, change <= span.last {
                let cx = x(change) - step / 2
                svg.element("line", [("x1", SVGDocument.number(cx)), ("y1", SVGDocument.number(panel.top)),
                                     ("x2", SVGDocument.number(cx)), ("y2", SVGDocument.number(pb)),
                                     ("stroke", ChartStyle.mutedInk), ("stroke-width", "1"), ("stroke-dasharray", "4 3"),
                                     ("class", "scope-change")],
                            title: SurveyScope.scopeNote(.hq, language: f.language))
                svg.text(f.text("← 本部・両方: 小中義のみ", "← HQ, both: 3 types only"), x: cx - 4, y: panel.top + 30, size: 10,
                         anchor: "end", fill: ChartStyle.mutedInk)
                svg.text(f.text("全学校種 →", "all types →"), x: cx + 4, y: panel.top + 30, size: 10, fill: ChartStyle.mutedInk)
            }
            var endLabels: [(y: Double, text: String, colour: String)] = []
            for line in panel.lines {
                let p = line.programme
                let measure = line.quantity == .rate ? f.text(p.rateLabel, "rate") : f.text(p.countLabel, "schools")
                for segment in line.segments where segment.count > 1 {
                    let points = segment.map { "\(SVGDocument.number(x($0.year))),\(SVGDocument.number(y($0.amount)))" }.joined(separator: " ")
                    var attributes: [SVGDocument.Attribute] = [("points", points), ("fill", "none"), ("stroke", ChartStyle.fill(p)),
                                                               ("stroke-width", "2")]
                    if let dash = ChartStyle.dash(p) { attributes.append(("stroke-dasharray", dash)) }
                    attributes.append(("class", "line \(p.rawValue) \(line.quantity.rawValue)"))
                    svg.element("polyline", attributes)
                }
                for point in line.points {
                    let year = SurveyYear(gregorian: point.year)
                    let scope = point.coversSomeTypesOnly ? f.text(" (小学校・中学校・義務教育学校のみ)", " (elementary, lower secondary and compulsory only)") : ""
                    Self.marker(&svg, p, x: x(point.year), y: y(point.amount), hollow: point.coversSomeTypesOnly,
                                title: "\(f.year(year)) (\(point.year)) \(f.name(p)) \(measure): \(point.text)\(scope)",
                                attributes: [("class", "point \(p.rawValue) \(line.quantity.rawValue)"), ("data-year", String(point.year))])
                }
                if let last = line.points.last { endLabels.append((y(last.amount) + 4, last.text, ChartStyle.fill(p))) }
            }
            // Each line's last figure in the right margin, at its height, pushed apart so none overlap.
            endLabels.sort { $0.y < $1.y }
            for i in endLabels.indices.dropFirst() where endLabels[i].y < endLabels[i - 1].y + 13 {
                endLabels[i].y = endLabels[i - 1].y + 13
            }
            if let last = endLabels.last, last.y > pb + 4 {
                let shift = last.y - (pb + 4)
                for i in endLabels.indices { endLabels[i].y -= shift }
            }
            for label in endLabels {
                svg.text(label.text, x: plotX + plotWidth + 6, y: label.y, size: 11, weight: "bold", fill: label.colour)
            }
        }
        var ny = bottom + 44
        for line in noteLines {
            svg.text(line, x: margin, y: ny, size: 11, fill: ChartStyle.mutedInk)
            ny += 17
        }
        return svg.rendered(standalone: standalone)
    }

    /// Draws a programme's marker: a circle (CS), a square (HQ), a triangle (both, similar).
    static func marker(
        _ svg: inout SVGDocument, _ p: Programme, x: Double, y: Double, hollow: Bool, title: String?,
        attributes: [SVGDocument.Attribute], colour: String? = nil
    ) {
        let colour = colour ?? ChartStyle.fill(p)
        let paint: [SVGDocument.Attribute] = [("fill", hollow ? "#ffffff" : colour), ("stroke", colour), ("stroke-width", "1.5")]
        let n = SVGDocument.number
        switch p {
        case .cs:
            svg.element("circle", [("cx", n(x)), ("cy", n(y)), ("r", "4")] + paint + attributes, title: title)
        case .hq:
            svg.element("rect", [("x", n(x - 3.5)), ("y", n(y - 3.5)), ("width", "7"), ("height", "7")] + paint + attributes, title: title)
        case .both, .similar:
            svg.element("path", [("d", "M\(n(x)) \(n(y - 4.5))L\(n(x + 4.5)) \(n(y + 3.5))L\(n(x - 4.5)) \(n(y + 3.5))Z")] + paint + attributes, title: title)
        }
    }
}
