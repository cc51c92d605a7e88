// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "chronicle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chronicle", targets: ["chronicle"]),
        .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "ChronicleCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            exclude: ["Resources/lexicon.yaml"],
            resources: [.copy("Resources/gazetteer.yaml")]
        ),
        .target(
            name: "ChronicleTUI",
            dependencies: ["ChronicleCore", "CNcurses", .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleCore",
                "ChronicleTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["ChronicleCore", "ChronicleTUI"]
        ),
        .testTarget(name: "ChronicleCoreTests", dependencies: ["ChronicleCore"]),
        .testTarget(name: "ChronicleTUITests", dependencies: ["ChronicleTUI", "ChronicleCore"]),
    ]
)
