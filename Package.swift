// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "toc",
  products: [
    .executable(name: "toc", targets: ["toc"]),
    .library(name: "ToCModel", targets: ["ToCModel"]),
    .library(name: "ToCParser", targets: ["ToCParser"]),
    .library(name: "ToCCheck", targets: ["ToCCheck"]),
    .library(name: "ToCRender", targets: ["ToCRender"]),
  ],
  targets: [
    .target(name: "ToCModel"),
    .target(name: "ToCSupport"),
    .target(name: "ToCParser", dependencies: ["ToCModel", "ToCSupport"]),
    .target(name: "ToCCheck", dependencies: ["ToCModel", "ToCSupport"]),
    .target(name: "ToCRender", dependencies: ["ToCModel"]),
    .target(name: "ToCServer", dependencies: ["ToCModel", "ToCParser", "ToCCheck"]),
    .target(
      name: "ToCCLI",
      dependencies: ["ToCModel", "ToCSupport", "ToCParser", "ToCCheck", "ToCRender", "ToCServer"]),
    .executableTarget(
      name: "toc", dependencies: ["ToCCLI"],
      // A release build carries the Swift runtime in itself: it starts in two thirds of the time
      // and 2.5 MB less memory, which a check on every keystroke feels (docs/decisions.md).
      linkerSettings: [
        .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
      ]),
    .target(
      name: "ToCFuzzing", dependencies: ["ToCParser", "ToCCheck", "ToCRender", "ToCModel"],
      path: "Fuzz/ToCFuzzing"),
    .executableTarget(name: "toc-fuzz", dependencies: ["ToCFuzzing"], path: "Fuzz/toc-fuzz"),
    .executableTarget(
      name: "toc-bench", dependencies: ["ToCParser", "ToCCheck", "ToCRender", "ToCModel"],
      path: "Benchmarks/toc-bench"),
    .target(name: "ToCTestSupport", dependencies: ["ToCModel"], path: "Tests/ToCTestSupport"),
    .testTarget(name: "ToCModelTests", dependencies: ["ToCModel"]),
    .testTarget(
      name: "ToCSupportTests", dependencies: ["ToCSupport"]),
    .testTarget(
      name: "ToCServerTests", dependencies: ["ToCServer", "ToCModel", "ToCTestSupport"]),
    .testTarget(
      name: "ToCParserTests", dependencies: ["ToCParser", "ToCModel", "ToCTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "ToCCheckTests", dependencies: ["ToCCheck", "ToCParser", "ToCModel", "ToCTestSupport"]),
    .testTarget(
      name: "ToCRenderTests",
      dependencies: ["ToCRender", "ToCParser", "ToCModel", "ToCTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "ToCCLITests",
      dependencies: [
        "ToCCLI", "ToCModel", "ToCParser", "ToCCheck", "ToCRender", "ToCFuzzing", "ToCTestSupport",
      ],
      exclude: ["Golden"]),
  ]
)
