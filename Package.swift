// swift-tools-version:6.0
import PackageDescription

/// Strict settings applied to every Swift target.
let strictSettings: [SwiftSetting] = [
    // SE-0335: `any` spelled out for existential types.
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "DocPipe",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DocPipe", targets: ["DocPipe"]),
        .library(name: "DocPipeCLI", targets: ["DocPipeCLI"]),
        .executable(name: "docpipe", targets: ["docpipe"]),
        .plugin(name: "ValidatePipelines", targets: ["ValidatePipelines"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "DocPipe", dependencies: ["CYAML"], swiftSettings: strictSettings),
        .target(name: "HTMLExtraction", dependencies: ["CLibXML2"], swiftSettings: strictSettings),
        .target(name: "CleanStage", dependencies: ["DocPipe", "HTMLExtraction"], swiftSettings: strictSettings),
        .target(name: "SegmentStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "ExtractStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "SummarizeStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "ExportStage", dependencies: ["DocPipe", "CSQLite"], swiftSettings: strictSettings),
        .target(name: "CommandStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(
            name: "DocPipeCLI",
            dependencies: [
                "DocPipe", "CleanStage", "SegmentStage", "ExtractStage", "SummarizeStage", "ExportStage", "CommandStage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "docpipe", dependencies: ["DocPipeCLI"], swiftSettings: strictSettings),
        .plugin(
            name: "ValidatePipelines",
            capability: .command(
                intent: .custom(verb: "validate-pipelines", description: "Validate every pipelines/*.yaml with docpipe validate"),
                permissions: []
            ),
            dependencies: ["docpipe"]
        ),
        .testTarget(name: "DocPipeTests", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "HTMLExtractionTests", dependencies: ["HTMLExtraction"], swiftSettings: strictSettings),
        .testTarget(name: "CleanStageTests", dependencies: ["CleanStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "SegmentStageTests", dependencies: ["SegmentStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "ExtractStageTests", dependencies: ["ExtractStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "SummarizeStageTests", dependencies: ["SummarizeStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "CommandStageTests", dependencies: ["CommandStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "ExportStageTests", dependencies: ["ExportStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["DocPipeCLI", "DocPipe"],
            swiftSettings: strictSettings
        ),
    ]
)
