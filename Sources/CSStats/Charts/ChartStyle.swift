/// The look every SVG chart and the HTML report share: fonts, the colours of the map classes
/// and of the programmes, and how wide text is expected to be.
///
/// The colours are ColorBrewer's YlGnBu ramp, which people with the common colour-vision
/// deficiencies tell apart, and they also differ in lightness (CIE L* about 27, 51, 69, 89 and
/// 100), so a greyscale print still orders the classes. Nothing depends on colour alone: the
/// map's tiles print their rate, bars print their value, and each line of the series chart
/// has its own marker and dash.
public enum ChartStyle {
    /// The font list for Japanese text, with fallbacks on Linux, macOS and Windows.
    public static let fontFamily = #""Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif"#

    /// Text on light fills.
    public static let ink = "#1a1a1a"
    /// Secondary text: axes, source lines.
    public static let mutedInk = "#555555"
    /// Grid lines and tile borders.
    public static let rule = "#bbbbbb"

    /// The fill of a map class, darkest for the highest rates; 設置なし is white (the
    /// ministry's maps draw it hollow, ○).
    public static func fill(_ mapClass: MapClass) -> String {
        switch mapClass {
        case .atLeast80: "#253494"
        case .atLeast50: "#2c7fb8"
        case .atLeast20: "#41b6c4"
        case .under20: "#c7e9b4"
        case .noSchools: "#ffffff"
        }
    }

    /// The text colour on a map class's fill: white on the two dark classes.
    public static func ink(on mapClass: MapClass) -> String {
        switch mapClass {
        case .atLeast80, .atLeast50: "#ffffff"
        default: ink
        }
    }

    /// The fill of a programme's bars, lines and markers.
    public static func fill(_ programme: Programme) -> String {
        switch programme {
        case .cs: "#253494"
        case .hq: "#41b6c4"
        case .both: "#2c7fb8"
        case .similar: "#7f7f7f"
        }
    }

    /// The dash pattern of a programme's line in the series chart (`nil`: solid).
    public static func dash(_ programme: Programme) -> String? {
        switch programme {
        case .cs: nil
        case .hq: "6 3"
        case .both: "2 3"
        case .similar: "8 3 2 3"
        }
    }

    /// The estimated width of text in a font of `size` pixels.
    ///
    /// Estimated from ``DisplayWidth``: a kanji or kana (two columns) is about one em, and a
    /// digit or Latin letter (one column) a little over half an em in Noto Sans CJK JP; the
    /// estimate errs wide, so that space left for a label is never too small.
    public static func textWidth(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.56
    }

    /// Breaks text into lines that fit `width` pixels at font `size`, by ``textWidth(_:size:)``:
    /// at spaces where the text has them (English), else between any two characters
    /// (Japanese has no spaces to break at).
    ///
    /// - Returns: the lines, at least one; a word wider than the width stands alone on its line.
    public static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        guard textWidth(text, size: size) > width else { return [text] }
        let words = text.contains(" ") ? text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) : text.map(String.init)
        let separator = text.contains(" ") ? " " : ""
        var lines: [String] = []
        var line = ""
        for word in words {
            let candidate = line.isEmpty ? word : line + separator + word
            if !line.isEmpty && textWidth(candidate, size: size) > width {
                lines.append(line)
                line = word
            } else {
                line = candidate
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
