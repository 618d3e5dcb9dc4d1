// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "JourneyCheck",
    // Linux is what is built and tested; see the README for macOS. The Synchronization module
    // (Mutex) needs macOS 15 there.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "journeycheck", targets: ["journeycheck"]),
        .executable(name: "journeycheck-bench", targets: ["journeycheck-bench"]),
        .library(name: "JourneyCheckCore", targets: ["JourneyCheckCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // File paths without Foundation's NSString (FilePath).
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        // The room's web server (JourneyCheckRoom only).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        .target(name: "JourneyCheckCore", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CSupport"),
        // The consultant's workbook (export --format xlsx), written by Debian's libxlsxwriter.
        .systemLibrary(
            name: "CXlsxwriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "JourneyCheckXLSX", dependencies: ["JourneyCheckCore", "CXlsxwriter"]),
        // The room's QR code on the wall, from Debian's libqrencode.
        .systemLibrary(
            name: "CQrencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The phones' page and votes over the local network; the only target with a server.
        .target(
            name: "JourneyCheckRoom",
            dependencies: [
                "JourneyCheckCore", "CQrencode", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        .target(
            name: "JourneyCheckTUI", dependencies: ["JourneyCheckCore", "CNcursesw", "CSupport"],
            // ncursesw on Linux; on macOS the system's ncurses has the wide API under its plain name.
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .executableTarget(
            name: "journeycheck",
            dependencies: [
                "JourneyCheckCore", "JourneyCheckTUI", "JourneyCheckXLSX", "JourneyCheckRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CMallocCount"),
        .executableTarget(
            name: "journeycheck-bench",
            dependencies: ["JourneyCheckCore", "JourneyCheckTUI", "JourneyCheckXLSX", "CMallocCount"]
        ),
        .testTarget(
            name: "JourneyCheckCoreTests",
            dependencies: [
                "JourneyCheckCore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "JourneyCheckTUITests", dependencies: ["JourneyCheckTUI", "JourneyCheckCore"],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["journeycheck", "journeycheck-bench", "JourneyCheckCore", "JourneyCheckTUI"]),
    ],
    swiftLanguageModes: [.v6]
)
