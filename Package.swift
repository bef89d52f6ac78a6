// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
        .executable(name: "chronicle-bench", targets: ["chronicle-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev); only ChronicleXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // Ground floor: documents, text ranges, sentences, the date type.
        .target(name: "ChronicleText"),
        // The one Swift type that talks to libxml2.
        .target(name: "ChronicleXML", dependencies: ["CLibXML2"]),
        // read: files and stdin to `Document`s.
        .target(name: "ChronicleReader", dependencies: ["ChronicleText", "ChronicleXML"]),
        // tag: `Document` to `TimeExpression`s.
        .target(name: "ChronicleTagger", dependencies: ["ChronicleText"]),
        // The timeline model, its JSON and the timeline file.
        .target(
            name: "ChronicleTimeline",
            dependencies: ["ChronicleText", .product(name: "Yams", package: "Yams")]
        ),
        // extract, merge and curate: tagged documents to a `Timeline`.
        .target(
            name: "ChronicleEvents",
            dependencies: ["ChronicleText", "ChronicleReader", "ChronicleTagger", "ChronicleTimeline"]
        ),
        // render: a `Timeline` to text, JSON, SVG and HTML.
        .target(name: "ChronicleRender", dependencies: ["ChronicleText", "ChronicleTimeline"]),
        // The library product: every stage, plus the pipeline that runs a timeline file.
        .target(
            name: "Chronicle",
            dependencies: [
                "ChronicleText", "ChronicleReader", "ChronicleTagger", "ChronicleTimeline",
                "ChronicleEvents", "ChronicleRender",
            ]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: ["Chronicle", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "chronicle-bench", dependencies: ["Chronicle", "ChronicleXML"]),

        .testTarget(name: "ChronicleTextTests", dependencies: ["ChronicleText"]),
        .testTarget(name: "ChronicleXMLTests", dependencies: ["ChronicleXML"]),
        .testTarget(name: "ChronicleReaderTests", dependencies: ["ChronicleReader"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ChronicleTaggerTests", dependencies: ["ChronicleTagger", "ChronicleReader"], exclude: ["Corpus"]),
        .testTarget(name: "ChronicleTimelineTests", dependencies: ["ChronicleTimeline"]),
        .testTarget(name: "ChronicleEventsTests", dependencies: ["ChronicleEvents"]),
        .testTarget(
            name: "ChronicleRenderTests", dependencies: ["ChronicleRender", "ChronicleXML"], exclude: ["Golden"]),
        .testTarget(name: "ChronicleCommandTests", dependencies: ["Chronicle", "chronicle"]),
    ]
)
