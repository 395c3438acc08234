// swift-tools-version: 6.0
import PackageDescription

// Layers (see ../shared/DESIGN.md): cellgrad -> Jupyter, Modules, CTrapGuard; Modules -> Language, Tensor, Plot, CMallocStats;
// Language -> CNumberFormat, CGMP, CCoroutine;
// Modules -> NN -> Tensor, CZlib, CPNG, CTurboJPEG, CHDF5; Modules -> CPCRE2 (re);
// Tensor -> COpenBLAS (headers), COpenBLASLoader; Plot -> CFreeType, CZlib. Lower layers never import higher ones.
// The interpreter's frames are confined to one thread at a time, so dynamic exclusivity
// checks only cost time there.
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
// The interpreter's objects are used by one thread at a time (a cell's thread; generator bodies
// run on their own stacks on that same thread), so Language counts references
// with plain increments instead of atomic ones: a third of the time of object-heavy code. What
// crosses to another thread is copied at the boundary or immortal; see Language/Runtime/ThreadBoundary.swift.
// Math without errno: `squareRoot()` then lowers to the SIMD instruction instead of a libm
// call guarded by a branch, so elementwise loops (the optimisers' updates, np.sqrt) vectorise.
let vectorMath: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-fno-math-errno"], .when(configuration: .release))]
let singleThreaded: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release))]

let package = Package(
    name: "Cellgrad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cellgrad", targets: ["cellgrad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),
        // Headers only (cblas.h, lapack.h from the multiarch include path): pkg-config would also
        // link libopenblas at start-up, which COpenBLASLoader defers.
        .systemLibrary(name: "COpenBLAS", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CTurboJPEG", pkgConfig: "libturbojpeg", providers: [.apt(["libturbojpeg0-dev"])]),
        // The regex engine under `re`.
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // Python's unbounded ints beyond 64 bits.
        .systemLibrary(name: "CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"])]),
        // Keras's .keras and .weights.h5 files hold HDF5.
        .systemLibrary(name: "CHDF5", pkgConfig: "hdf5", providers: [.apt(["libhdf5-dev"])]),

        // The BLAS/LAPACK entry points, forwarding to libopenblas loaded on first use.
        .target(name: "COpenBLASLoader", dependencies: ["COpenBLAS"], linkerSettings: [.linkedLibrary("dl")]),

        // Turns a Swift trap inside a running cell into a SystemError instead of a dead kernel.
        .target(name: "CTrapGuard"),
        // printf's fixed and exponent formats for Python's number formatting.
        .target(name: "CNumberFormat"),
        // The stack switch under generators: a generator's body runs on a stack of its own.
        .target(name: "CCoroutine"),
        // glibc's malloc statistics, for the fuzzer's leak report (sys._cellgrad_heap).
        .target(name: "CMallocStats"),

        .target(name: "Tensor", dependencies: ["COpenBLAS", "COpenBLASLoader"],
                exclude: ["README.md", "Format/README.md", "IO/README.md", "Linalg/README.md"], swiftSettings: vectorMath),
        .target(name: "Plot", dependencies: ["CFreeType", "CZlib"], exclude: ["README.md"]),
        // The training engine: autograd, functional layers, losses, optimisers, data formats.
        .target(name: "NN", dependencies: ["Tensor", "CZlib", "CPNG", "CTurboJPEG", "CHDF5"], swiftSettings: fast + vectorMath),
        .target(name: "Language", dependencies: ["CNumberFormat", "CGMP", "CCoroutine"], swiftSettings: fast + singleThreaded),
        .target(name: "Modules", dependencies: ["Language", "Tensor", "NN", "Plot", "CPCRE2", "CMallocStats"], swiftSettings: fast + vectorMath),
        .target(name: "Jupyter", dependencies: [
            "CZeroMQ",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "cellgrad", dependencies: [
            "Jupyter", "Modules", "Language", "Tensor", "CTrapGuard",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // The kernel links the Swift runtime and Foundation statically: a quarter less idle
            // memory and faster start (no symbol binding against ten Swift .so files). Only the
            // link of this executable changes; tests keep linking dynamically, from the same
            // compiled modules.
            // Objects compiled for the shared runtime name only `Foundation`, so its static
            // dependencies are listed here.
            .unsafeFlags(["-static-stdlib", "-lFoundationEssentials", "-lFoundationInternationalization",
                          "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                          "-lFoundation", "-lFoundationEssentials", "-lCoreFoundation", "-l_FoundationCShims"],
                         .when(platforms: [.linux])),
        ]),

        .testTarget(name: "TensorTests", dependencies: ["Tensor"],
                    exclude: ["Fixtures", "expected.json", "generate_expected.py", "generate_format_cases.py", "generate_io_fixtures.py", "generate_linalg_cases.py"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"],
                    exclude: ["References", "generate_tick_cases.py", "generate_colors.py", "generate_embedded_font.py", "gallery_matplotlib.py"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language", "Modules"]),
        .testTarget(name: "JupyterTests", dependencies: ["Jupyter"]),
        .testTarget(name: "NNTests", dependencies: ["NN", "Tensor"]),
    ],
    swiftLanguageModes: [.v6]
)
