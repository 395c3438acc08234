// swift-tools-version: 6.0
// Benchmark-only package: builds the repository's Tensor target (through symlinks into
// ../../../Sources) with the TensorBench executable, so the main Package.swift needs no bench target.
import PackageDescription

let package = Package(
    name: "TensorBenchPackage",
    targets: [
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas"),
        .target(name: "Tensor", dependencies: ["COpenBLAS"], exclude: ["README.md", "Format/README.md", "IO/README.md", "Linalg/README.md"]),
        .executableTarget(name: "TensorBench", dependencies: ["Tensor", "COpenBLAS"]),
    ],
    swiftLanguageModes: [.v6]
)
