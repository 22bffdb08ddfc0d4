// swift-tools-version:6.0
// cs-stats is built from the Swift toolchain alone: no package dependencies.
import PackageDescription

let package = Package(
    name: "cs-stats",
    products: [
        .library(name: "CSStats", targets: ["CSStats"]),
        .executable(name: "cs-stats", targets: ["cs-stats"]),
    ],
    targets: [
        .target(name: "CSStats"),
        .executableTarget(name: "cs-stats", dependencies: ["CSStats"]),
        .executableTarget(
            name: "cs-stats-bench",
            dependencies: ["CSStats"],
            path: "Benchmarks/Sources/cs-stats-bench"
        ),
        .testTarget(name: "CSStatsTests", dependencies: ["CSStats", "cs-stats"]),
    ],
    swiftLanguageModes: [.v6]
)
