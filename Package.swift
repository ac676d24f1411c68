// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Kuulo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kuulo", targets: ["kuulo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The thin executable: parses nothing itself, hands over to KuuloApp.
        .executableTarget(name: "kuulo", dependencies: ["KuuloApp"]),

        // Commands, wiring, files, terminal: the I/O edge.
        .target(
            name: "KuuloApp",
            dependencies: [
                "KuuloCore", "KuuloData", "LineEditing", "Linguistics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The pure core: plan model, versioning, dialog engine, flows, checks.
        .target(name: "KuuloCore", dependencies: [.product(name: "Yams", package: "Yams")]),

        // Prompts/ and Knowledge/ embedded into the binary at build time.
        // Also the values every start reads (commands, language packs, sections), made as Swift of
        // KuuloCore's types (PrebuiltData).
        .target(name: "KuuloData", dependencies: ["KuuloCore"], plugins: ["EmbedData"]),
        .executableTarget(name: "kuulo-embed", dependencies: ["KuuloCore"]),
        // In-process timings for bench/run.sh.
        .executableTarget(name: "kuulo-bench", dependencies: ["KuuloApp", "KuuloCore", "KuuloData", "Linguistics"]),
        // Understanding measured on labelled question and request files (Evaluation/).
        .executableTarget(name: "kuulo-eval", dependencies: ["KuuloCore", "KuuloData", "Linguistics"]),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["kuulo-embed"]),

        // Terminal line editing (libedit) behind a LineReader protocol.
        .target(name: "LineEditing", dependencies: ["CLineShim"]),
        .target(name: "CLineShim", dependencies: ["CEditLine"]),
        // libedit's header; the library itself is opened with dlopen by the interactive reader
        // (CLineShim), so piped runs and subcommands do not load it.
        .systemLibrary(
            name: "CEditLine",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),

        // Language libraries: Voikko for Finnish, Hunspell for English, Snowball (libstemmer) stemmers
        // for search. Their headers give the types; the libraries themselves are opened with dlopen on
        // first use (`SharedLibrary`), so a run that never needs them does not load them (nor the ICU,
        // libxml2 and libarchive they pull in). That is why the module maps link nothing and there is no
        // pkg-config here.
        .target(name: "Linguistics", dependencies: ["KuuloCore", "CVoikko", "CHunspell", "CStemmer"]),
        .systemLibrary(name: "CVoikko", providers: [.apt(["libvoikko-dev", "voikko-fi"])]),
        .systemLibrary(name: "CHunspell", providers: [.apt(["libhunspell-dev", "hunspell-en-us"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        .testTarget(name: "KuuloCoreTests", dependencies: ["KuuloCore", "KuuloData"], exclude: ["Export/Golden"]),
        .testTarget(name: "KuuloAppTests", dependencies: ["KuuloApp", "KuuloCore", "KuuloData", "Linguistics"]),
        .testTarget(name: "LinguisticsTests", dependencies: ["Linguistics", "KuuloCore", "KuuloData"]),
    ]
)
