// swift-tools-version: 6.1
import PackageDescription

/// The one settings array every target shares: Swift 6 mode plus the upcoming features the
/// house style asks for.
let settings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "arflow",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "arflow", targets: ["arflow"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // System libraries: module maps only.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CPangoCairo", pkgConfig: "pangocairo",
      providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
    .systemLibrary(
      name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
    .systemLibrary(
      name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
    .systemLibrary(name: "CLinuxFiles"),
    .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

    // The stages of the flow.
    .target(name: "Receivables", swiftSettings: settings),
    .target(
      name: "Configuration",
      dependencies: ["Receivables", .product(name: "Yams", package: "Yams")],
      swiftSettings: settings),
    .target(
      name: "Parsers",
      dependencies: [
        "Receivables", "CLibXML2", "CPoppler",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: settings),
    .target(name: "DurableFiles", dependencies: ["CLinuxFiles"], swiftSettings: settings),
    .target(
      name: "Watcher", dependencies: ["Receivables", "CLinuxFiles", "DurableFiles"],
      swiftSettings: settings),
    .target(
      name: "Normalizer",
      dependencies: ["Receivables", "Parsers", "Configuration"],
      swiftSettings: settings),
    .target(
      name: "Ledger",
      dependencies: ["Receivables", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: settings),
    .target(
      name: "Reconciler", dependencies: ["Receivables", "Ledger", "Configuration"],
      swiftSettings: settings),
    .target(
      name: "Dunning", dependencies: ["Receivables", "Configuration"],
      swiftSettings: settings),
    .target(
      name: "Exporter",
      dependencies: [
        "Receivables", "Ledger", "DurableFiles", "CPangoCairo", "CQREncode", "CDeflate",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: settings),
    .target(
      name: "Pipeline",
      dependencies: [
        "Receivables", "Configuration", "Parsers", "Normalizer", "Ledger", "Reconciler",
        "Dunning", "Exporter", "Watcher", "DurableFiles",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ],
      exclude: ["Defaults"],
      swiftSettings: settings),
    .executableTarget(
      name: "arflow",
      dependencies: [
        "Pipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: settings),

    // Test support and tests.
    .target(
      name: "ArflowTesting",
      dependencies: [
        "Receivables", "Ledger", "Reconciler", "Pipeline",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/ArflowTesting", swiftSettings: settings),
    .testTarget(name: "ReceivablesTests", dependencies: ["Receivables"], swiftSettings: settings),
    .testTarget(
      name: "ConfigurationTests", dependencies: ["Configuration"], swiftSettings: settings),
    .testTarget(
      name: "ParsersTests",
      dependencies: [
        "Parsers", "ArflowTesting", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: settings),
    .testTarget(
      name: "NormalizerTests", dependencies: ["Normalizer", "Parsers", "Receivables"],
      swiftSettings: settings),
    .testTarget(
      name: "LedgerTests",
      dependencies: [
        "Ledger", "Receivables", "ArflowTesting", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: settings),
    .testTarget(
      name: "ReconcilerTests", dependencies: ["Reconciler", "Receivables", "Ledger", "ArflowTesting"],
      swiftSettings: settings),
    .testTarget(
      name: "DunningTests",
      dependencies: ["Dunning", "Configuration", "Receivables", "ArflowTesting"],
      swiftSettings: settings),
    .testTarget(
      name: "ExporterTests", dependencies: ["Exporter", "Receivables", "ArflowTesting", "CPangoCairo"],
      swiftSettings: settings),
    .testTarget(
      name: "PipelineTests",
      dependencies: [
        "Pipeline", "Receivables", "Ledger", "Reconciler", "Configuration", "ArflowTesting",
        .product(name: "Logging", package: "swift-log"),
      ],
      exclude: ["Expected"],
      swiftSettings: settings),
    .testTarget(
      name: "CorpusTests",
      dependencies: ["Parsers", "Normalizer", "Receivables", "Ledger", "ArflowTesting"],
      exclude: ["Expected"], swiftSettings: settings),
    .testTarget(
      name: "WatcherTests", dependencies: ["Watcher", "ArflowTesting"], swiftSettings: settings),
    .testTarget(
      name: "DurableFilesTests", dependencies: ["DurableFiles"], swiftSettings: settings),
  ]
)
