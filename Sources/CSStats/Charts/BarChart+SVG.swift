extension BarChart {
    /// Renders the chart as an SVG drawing: a row per school type, prefecture or year, one bar
    /// per programme side by side, the figure at each bar's end, a legend, the scale's ticks,
    /// the notes and the source line.
    ///
    /// Each bar and each missing figure has a `<title>` giving the row, the programme and the
    /// figure; bars carry `class="bar <programme>"`. Rates are drawn on 0–100%, counts on an
    /// axis up to a round number above the largest count. The 合計 row is set apart by a rule
    /// and a bold label. Rows without a figure show `…` (or 数値なし for a year with no table).
    ///
    /// - Parameters:
    ///   - standalone: `true` for an `.svg` file, `false` for an `<svg>` inside HTML.
    ///   - idPrefix: the prefix of ids in the drawing.
    /// - Returns: the SVG markup.
    public func renderSVG(standalone: Bool = true, idPrefix: String = "bars") -> String {
        let f = formatting
        let margin = 16.0, width = 720.0
        let labelSize = 13.0, valueSize = 12.0
        let labelWidth = (rows.map { ChartStyle.textWidth($0.label, size: labelSize) }.max() ?? 0) + 12
        let endTexts = rows.flatMap { $0.bars.map(Self.endText) } + [f.text("数値なし", "no figures")]
        let valueWidth = (endTexts.map { ChartStyle.textWidth($0, size: valueSize) }.max() ?? 0) + 8
        let plotX = margin + labelWidth
        let plotWidth = Int(width - plotX - margin - valueWidth)
        let barHeight = programmes.count > 1 ? 13.0 : 16.0
        let rowHeight = Double(programmes.count) * barHeight + Double(programmes.count - 1) * 2 + 10
        let axis: Axis
        switch quantity {
        case .rate: axis = .percent
        case .count:
            let largest = rows.flatMap(\.bars).compactMap(\.amount).max()
            axis = Axis(upTo: largest.map { ($0.numerator + $0.denominator - 1) / $0.denominator } ?? 0)
        }

        let titleText = title + (period.map { " (\($0))" } ?? "")
        var y = 30.0
        var header: [(String, Double, Double, String?)] = [(title, y, 17, "bold")]
        if let period { y += 20; header.append((period, y, 13, nil)) }
        y += 12
        let legendY = y + 12
        y += 26
        let plotTop = y + 4
        let plotBottom = plotTop + Double(rows.count) * rowHeight
        let noteLines = (notes + (source.map { [f.text("資料: ", "Source: ") + $0] } ?? []))
            .flatMap { ChartStyle.wrap($0, width: width - 2 * margin, size: 11) }
        let height = plotBottom + 30 + Double(noteLines.count) * 17 + 8

        var svg = SVGDocument(width: width, height: height.rounded(.up), title: titleText, idPrefix: idPrefix)
        for (text, ty, size, weight) in header {
            svg.text(text, x: margin, y: ty, size: size, weight: weight)
        }
        // Legend: a swatch and a name per programme.
        var lx = margin
        for p in programmes {
            svg.rect(x: lx, y: legendY - 10, width: 12, height: 12, fill: ChartStyle.fill(p))
            let name = f.name(p)
            svg.text(name, x: lx + 17, y: legendY, size: 12, attributes: [("class", "legend-item")])
            lx += 17 + ChartStyle.textWidth(name, size: 12) + 20
        }
        // Grid and ticks.
        for tick in axis.ticks {
            let x = plotX + Double(plotWidth) * Double(tick) / Double(axis.top)
            svg.line(x1: x, y1: plotTop - 4, x2: x, y2: plotBottom, stroke: ChartStyle.rule, width: tick == 0 ? 1 : 0.5)
            let label = quantity == .rate ? "\(tick)%" : f.count(tick)
            svg.text(label, x: x, y: plotBottom + 16, size: 11, anchor: "middle", fill: ChartStyle.mutedInk)
        }
        for (r, row) in rows.enumerated() {
            let top = plotTop + Double(r) * rowHeight + 5
            if row.isTotal {
                svg.line(x1: margin, y1: top - 5, x2: width - margin, y2: top - 5, stroke: ChartStyle.mutedInk, width: 0.8)
            }
            let middle = top + (rowHeight - 10) / 2
            svg.text(row.label, x: plotX - 8, y: middle + 4.5, size: labelSize, anchor: "end", weight: row.isTotal ? "bold" : nil)
            for (b, bar) in row.bars.enumerated() {
                let by = top + Double(b) * (barHeight + 2)
                let name = f.name(bar.programme)
                let measure = quantity == .rate ? f.text(bar.programme.rateLabel, "rate") : f.text(bar.programme.countLabel, "schools")
                let scope = bar.coversSomeTypesOnly ? f.text(" (小学校・中学校・義務教育学校のみ)", " (elementary, lower secondary and compulsory only)") : ""
                let textY = by + barHeight / 2 + 4
                guard let amount = bar.amount, let length = length(of: amount, over: axis.scale, fullLength: plotWidth) else {
                    let missing = row.isGap ? f.text("数値なし", "no figures") : bar.text
                    svg.text(missing, x: plotX + 4, y: textY, size: valueSize, fill: ChartStyle.mutedInk,
                             attributes: [("class", "missing \(bar.programme.rawValue)")],
                             title: "\(row.label) \(name) \(measure): \(f.text("数値なし", "no figure"))")
                    continue
                }
                svg.rect(x: plotX, y: by, width: Double(length), height: barHeight, fill: ChartStyle.fill(bar.programme),
                         attributes: [("class", "bar \(bar.programme.rawValue)")],
                         title: "\(row.label) \(name) \(measure): \(bar.text)\(scope)")
                svg.text(Self.endText(bar), x: plotX + Double(length) + 4, y: textY, size: valueSize)
            }
        }
        var ny = plotBottom + 40
        for line in noteLines {
            svg.text(line, x: margin, y: ny, size: 11, fill: ChartStyle.mutedInk)
            ny += 17
        }
        return svg.rendered(standalone: standalone)
    }
}
