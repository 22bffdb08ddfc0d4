import Foundation
@testable import cs_stats

/// Runs the CLI in-process and returns its exit code and captured streams.
func runCLI(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
    let console = Console.captured()
    let code = CLI.run(arguments: arguments, console: console)
    return (code, console.standardOutput, console.standardError)
}

/// The path of a file in the package's `Data/` folder.
func dataPath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").appendingPathComponent(name).path
}

/// Writes text to a new temporary file and returns its path.
func temporaryFile(_ text: String, name: String) -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-\(name)")
    try! Data(text.utf8).write(to: url)
    return url.path
}
