import Foundation
import Testing
@testable import cs_stats

/// The README's pictures in docs/images are what cs-stats draws today (Scripts/make-pictures.sh
/// makes them): a change to the charts that is not committed to the pictures fails here.
@Suite struct PicturesTests {
    private static let images = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/images")

    private func committed(_ name: String) throws -> String {
        try String(contentsOf: Self.images.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func r3Rates() throws {
        #expect(runCLI(["chart", "--format", "svg"]).out == (try committed("r3-rates.svg")))
    }

    @Test func theSeries() throws {
        let result = runCLI(["chart", dataPath("cs_series.csv"), "--format", "svg", "--source", "Data/cs_series.csv (各年度の出典は Data/README.md)"])
        #expect(result.out == (try committed("series-2005-2024.svg")))
    }

    @Test func theSyntheticMap() throws {
        let table = Self.images.appendingPathComponent("synthetic-prefectures-2021.csv").path
        let result = runCLI([
            "table", table, "--by", "prefecture", "--format", "svg",
            "--title", "合成データ: CS導入率 (都道府県別)",
            "--source", "合成データ (Benchmarks/generate_schools.py 12000 → cs-stats aggregate --by year,prefecture --year 2021)。実在の数値ではない",
        ])
        #expect(result.out == (try committed("map-synthetic.svg")))
    }
}
