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
        .library(name: "DocPipeTesting", targets: ["DocPipeTesting"]),
        .library(
            name: "DocPipeStages",
            targets: ["CleanStage", "SegmentStage", "ExtractStage", "SummarizeStage", "ExportStage", "CommandStage", "LanguageStage", "DedupStage", "StoryStage"]),
        .executable(name: "docpipe", targets: ["docpipe"]),
        .plugin(name: "ValidatePipelines", targets: ["ValidatePipelines"]),
        .plugin(name: "NewStage", targets: ["NewStage"]),
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
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CGMime",
            pkgConfig: "gmime-3.0",
            providers: [.apt(["libgmime-3.0-dev"])]
        ),
        .target(name: "DocPipe", dependencies: ["CYAML", "CCrypto"], swiftSettings: strictSettings),
        // CLD2 (Debian's libcld2-dev, Apache-2.0) behind a C interface; it has no pkg-config file.
        .target(name: "CLD2Shim", linkerSettings: [.linkedLibrary("cld2")]),
        .target(name: "LanguageStage", dependencies: ["DocPipe", "CLD2Shim"], swiftSettings: strictSettings),
        .target(name: "CFuzzDriver"),
        .target(name: "CProcessControl"),
        .target(
            name: "DocPipeFuzzChecks",
            dependencies: ["DocPipe", "CleanStage", "SegmentStage", "ExtractStage", "CommandStage", "DocumentFormats"],
            swiftSettings: strictSettings
        ),
        .target(name: "HTMLExtraction", dependencies: ["CLibXML2"], swiftSettings: strictSettings),
        .target(name: "CleanStage", dependencies: ["DocPipe", "HTMLExtraction"], swiftSettings: strictSettings),
        .target(name: "SegmentStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "ExtractStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "SummarizeStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "ExportStage", dependencies: ["DocPipe", "CSQLite"], swiftSettings: strictSettings),
        .target(name: "DedupStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "StoryStage", dependencies: ["DocPipe"], swiftSettings: strictSettings),
        .target(name: "CommandStage", dependencies: ["DocPipe", "CProcessControl"], swiftSettings: strictSettings),
        .target(name: "DocumentFormats", dependencies: ["DocPipe", "HTMLExtraction", "CLibXML2", "CProcessControl", "CArchive", "CGMime"], swiftSettings: strictSettings),
        .target(name: "DocPipeTesting", dependencies: ["DocPipe", "CSQLite", "CArchive"], swiftSettings: strictSettings),
        .target(
            name: "DocPipeCLI",
            dependencies: [
                "DocPipe", "CleanStage", "SegmentStage", "ExtractStage", "SummarizeStage", "ExportStage", "CommandStage",
                "CProcessControl", "DocumentFormats",
                "LanguageStage",
                "DedupStage", "StoryStage",
                // docpipe:new-stage cli-dependencies
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "docpipe", dependencies: ["DocPipeCLI"], swiftSettings: strictSettings),
        // Built only by scripts/bench_report.sh: the report formats of the export on a prepared spool.
        .executableTarget(name: "DocPipeReportBench", dependencies: ["DocPipe", "ExportStage"], swiftSettings: strictSettings),
        // Built only by `make fuzz` (scripts/fuzz.sh), with -sanitize=fuzzer,address.
        .executableTarget(
            name: "DocPipeFuzz",
            dependencies: ["DocPipe", "DocPipeFuzzChecks", "CFuzzDriver"],
            swiftSettings: strictSettings + [.unsafeFlags(["-parse-as-library"])]
        ),
        .plugin(
            name: "NewStage",
            capability: .command(
                intent: .custom(verb: "new-stage", description: "Scaffold a new stage module, its test and its registration"),
                permissions: [.writeToPackageDirectory(reason: "Creates Sources/NAMEStage, Tests/NAMEStageTests and registers the stage")]
            ),
            dependencies: ["docpipe"]
        ),
        .plugin(
            name: "ValidatePipelines",
            capability: .command(
                intent: .custom(verb: "validate-pipelines", description: "Validate every pipelines/*.yaml with docpipe validate"),
                permissions: []
            ),
            dependencies: ["docpipe"]
        ),
        // docpipe:new-stage targets
        .testTarget(name: "DocPipeTests", dependencies: ["DocPipe", "DocPipeTesting"], swiftSettings: strictSettings),
        .testTarget(name: "HTMLExtractionTests", dependencies: ["HTMLExtraction"], swiftSettings: strictSettings),
        .testTarget(name: "CleanStageTests", dependencies: ["CleanStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "SegmentStageTests", dependencies: ["SegmentStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "LanguageStageTests", dependencies: ["LanguageStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "ExtractStageTests", dependencies: ["ExtractStage", "DocPipe", "DocPipeTesting"], swiftSettings: strictSettings),
        .testTarget(name: "SummarizeStageTests", dependencies: ["SummarizeStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "DocPipeTestingTests", dependencies: ["DocPipeTesting", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "DocumentFormatsTests", dependencies: ["DocumentFormats", "DocPipe", "DocPipeTesting"], swiftSettings: strictSettings),
        .testTarget(name: "CommandStageTests", dependencies: ["CommandStage", "DocPipe", "DocPipeTesting"], swiftSettings: strictSettings),
        .testTarget(name: "DedupStageTests", dependencies: ["DedupStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "StoryStageTests", dependencies: ["StoryStage", "DocPipe"], swiftSettings: strictSettings),
        .testTarget(name: "ExportStageTests", dependencies: ["ExportStage", "DocPipe", "DocPipeTesting"], swiftSettings: strictSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["DocPipeCLI", "DocPipe", "DocPipeFuzzChecks", "DocPipeTesting"],
            swiftSettings: strictSettings
        ),
    ]
)
