// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "interview",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interview", targets: ["interview"]),
        .library(name: "InterviewKit", targets: ["InterviewKit"]),
    ],
    traits: [
        // Team mode: `postgres://` addresses. Off by default, so that a first build does not compile
        // swift-nio, swift-crypto and BoringSSL for a backend most users never open.
        .trait(name: "PostgreSQL", description: "The PostgreSQL backend (swift build --traits PostgreSQL).")
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // printf's "%.Nf" for NumberText without Swift's variadic bridge (measured in NumberText).
        .target(name: "CNumberText"),
        .target(
            name: "InterviewKit",
            dependencies: [
                "CNumberText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own column functions, for the passes over every score (SQLiteRawRows).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        .target(name: "InterviewBench", dependencies: ["InterviewKit"]),
        .executableTarget(
            name: "interview",
            dependencies: [
                "InterviewKit",
                "InterviewBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "interview-fuzz",
            dependencies: [
                "InterviewKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "InterviewKitTests",
            // CSV.swift's writer is the reference that `CSVText` is checked against.
            dependencies: ["InterviewKit", "InterviewBench", .product(name: "CSV", package: "CSV.swift")], exclude: ["FairScores/FacetVectors", "Reports/References", "Import/PublicLists"]),
        .testTarget(
            name: "interviewTests",
            dependencies: ["interview", "interview-fuzz", "InterviewKit", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Goldens"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
