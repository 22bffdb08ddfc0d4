extension TileMap {
    /// Renders the map as an SVG drawing: the title, the period and a legend of the five
    /// classes in the empty sea at the top left, the 47 tiles, then the notes and the source.
    ///
    /// Each tile is a group `class="tile"` with `data-code` (JIS code) and `data-class` (the map
    /// class, or `missing`), a `<title>` with the prefecture's full name, rate, count and class,
    /// and its short name and rate printed on it; 設置なし is drawn hollow like the ministry's
    /// ○, and a prefecture with no figure is hatched. Legend entries are groups
    /// `class="legend-item"` with `data-class`.
    ///
    /// - Parameters:
    ///   - standalone: `true` for an `.svg` file, `false` for an `<svg>` inside HTML.
    ///   - idPrefix: the prefix of ids in the drawing (the hatch pattern's).
    /// - Returns: the SVG markup.
    public func renderSVG(standalone: Bool = true, idPrefix: String = "map") -> String {
        let f = formatting
        let tile = 58.0, pitch = 62.0, x0 = 20.0, y0 = 20.0
        let width = x0 * 2 + pitch * Double(Self.columns) - (pitch - tile)
        let gridBottom = y0 + pitch * Double(Self.rows) - (pitch - tile)
        let noteLines = (notes + (source.map { [f.text("資料: ", "Source: ") + $0] } ?? []))
            .flatMap { ChartStyle.wrap($0, width: width - 2 * x0, size: 11) }
        let height = gridBottom + 24 + Double(noteLines.count) * 17 + 8
        let period = f.period(year: year, referenceDate: referenceDate)
        let hatch = "\(idPrefix)-hatch"

        var svg = SVGDocument(width: width, height: height.rounded(.up), title: title + (period.map { " (\($0))" } ?? ""), idPrefix: idPrefix)
        svg.open("defs")
        svg.open("pattern", [("id", hatch), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"),
                             ("patternTransform", "rotate(45)")])
        svg.rect(x: 0, y: 0, width: 6, height: 6, fill: "#ffffff")
        svg.line(x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#999999", width: 2)
        svg.close("pattern")
        svg.close("defs")

        svg.text(title, x: x0, y: y0 + 20, size: 18, weight: "bold")
        var y = y0 + 20
        if let period {
            y += 22
            svg.text(period, x: x0, y: y, size: 13)
        }
        if let totalText {
            y += 20
            svg.text(totalText, x: x0, y: y, size: 13)
        }
        y += 30
        svg.text(f.text("【\(programme.rateLabel)】", "Rate"), x: x0, y: y, size: 13, weight: "bold")
        var classes: [MapClass?] = MapClass.allCases
        if tiles.contains(where: { $0.mapClass == nil }) { classes.append(nil) }
        for mapClass in classes {
            y += 22
            let label = mapClass.map { f.text($0.label, $0.englishName) } ?? f.text("数値なし", "no figure")
            svg.open("g", [("class", "legend-item"), ("data-class", mapClass?.rawValue ?? "missing")])
            svg.rect(x: x0, y: y - 13, width: 16, height: 16, fill: mapClass.map(ChartStyle.fill) ?? "url(#\(hatch))",
                     stroke: mapClass == .noSchools || mapClass == nil ? ChartStyle.mutedInk : nil)
            svg.text(label, x: x0 + 24, y: y, size: 13)
            svg.close("g")
        }

        for t in tiles {
            let tx = x0 + Double(t.column) * pitch, ty = y0 + Double(t.row) * pitch
            let name = f.text(t.prefecture.name, t.prefecture.englishName)
            let classLabel = t.mapClass.map { f.text($0.label, $0.englishName) } ?? f.text("数値なし", "no figure")
            let detail = f.text("\(programme.rateLabel) \(t.rateText) (\(t.countText)校)", "rate \(t.rateText) (\(t.countText) schools)")
            svg.open("g", [("class", "tile"), ("data-code", t.prefecture.codeString), ("data-class", t.mapClass?.rawValue ?? "missing")],
                     title: "\(name): \(detail), \(classLabel)")
            let fill = t.mapClass.map(ChartStyle.fill) ?? "url(#\(hatch))"
            let hollow = t.mapClass == .noSchools || t.mapClass == nil
            svg.rect(x: tx, y: ty, width: tile, height: tile, fill: fill, stroke: hollow ? ChartStyle.mutedInk : nil)
            let ink = t.mapClass.map(ChartStyle.ink(on:)) ?? ChartStyle.ink
            let short = f.text(t.prefecture.shortName, t.prefecture.englishName)
            svg.text(short, x: tx + tile / 2, y: ty + 24, size: f.language == .japanese ? 13 : 10.5, anchor: "middle", weight: "bold", fill: ink)
            svg.text(t.rateText, x: tx + tile / 2, y: ty + 43, size: 12, anchor: "middle", fill: ink)
            svg.close("g")
        }

        var ny = gridBottom + 24
        for line in noteLines {
            svg.text(line, x: x0, y: ny, size: 11, fill: ChartStyle.mutedInk)
            ny += 17
        }
        return svg.rendered(standalone: standalone)
    }
}
