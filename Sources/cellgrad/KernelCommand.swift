import ArgumentParser

struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kernel", abstract: "Run a Jupyter kernel.")
    @Option(name: .customLong("connection-file"), help: "The connection file Jupyter wrote.") var connectionFile: String
    func run() throws {}
}

struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Install the kernelspec.")
    func run() throws {}
}
