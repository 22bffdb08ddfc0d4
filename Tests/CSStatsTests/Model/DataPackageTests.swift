import Foundation
import Testing

/// Data/datapackage.json describes every CSV in Data/, and frictionless finds the package valid.
@Suite struct DataPackageTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    @Test func everyCSVInDataIsAResource() throws {
        let package = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.data.appendingPathComponent("datapackage.json"))) as! [String: Any]
        let paths = Set((package["resources"] as! [[String: Any]]).map { $0["path"] as! String })
        let enumerator = FileManager.default.enumerator(atPath: Self.data.path)!
        let csvs = Set(enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") })
        #expect(csvs == paths)
        #expect(csvs.count == 24)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/frictionless")
    } ?? false, "frictionless is not installed (Scripts/validate-datapackage.sh installs it)"))
    func frictionlessFindsThePackageValid() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["frictionless", "validate", Self.data.appendingPathComponent("datapackage.json").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
