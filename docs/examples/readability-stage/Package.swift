// swift-tools-version:6.0
import Foundation
import PackageDescription

/// DocPipe is the repository three folders up; SwiftPM names a path dependency after its folder.
let docpipeRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let docpipe = docpipeRoot.lastPathComponent.lowercased()

let package = Package(
    name: "ReadabilityStage",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: docpipeRoot.path),
    ],
    targets: [
        .target(
            name: "ReadabilityStage",
            dependencies: [.product(name: "DocPipe", package: docpipe)]
        ),
        .executableTarget(
            name: "my-docpipe",
            dependencies: [
                "ReadabilityStage",
                .product(name: "DocPipeCLI", package: docpipe),
            ]
        ),
        .testTarget(
            name: "ReadabilityStageTests",
            dependencies: [
                "ReadabilityStage",
                .product(name: "DocPipeTesting", package: docpipe),
                .product(name: "DocPipeStages", package: docpipe),
            ]
        ),
    ]
)
