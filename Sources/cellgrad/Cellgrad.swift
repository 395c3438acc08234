import ArgumentParser

@main
struct Cellgrad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cellgrad",
        abstract: "A Jupyter kernel for teaching deep learning, written in Swift.",
        version: CellgradVersion.string,
        subcommands: [KernelCommand.self, InstallCommand.self, RunCommand.self])
}

enum CellgradVersion {
    static let string = "0.1.0"
}
