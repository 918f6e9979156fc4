// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "interview",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interview", targets: ["interview"]),
        .library(name: "InterviewKit", targets: ["InterviewKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "InterviewKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .executableTarget(
            name: "interview",
            dependencies: [
                "InterviewKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            // A position-dependent release executable starts in half the time: a PIE must patch
            // about 90,000 relative relocations at every start, copying each page it touches
            // (measured in scripts/bench: `--version` 7.2 ms as PIE, 4.4 ms without).
            linkerSettings: [.unsafeFlags(["-Xlinker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "interview-fuzz",
            dependencies: [
                "InterviewKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "InterviewKitTests", dependencies: ["InterviewKit"]),
        .testTarget(
            name: "interviewTests",
            dependencies: ["interview", "interview-fuzz", "InterviewKit", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Goldens"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
