import ArgumentParser
import Foundation

/// `cellgrad install`: writes the kernelspec where `jupyter kernelspec list` finds it.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Install the Cellgrad kernelspec.")

    @Flag(help: "Install for the current user (the default).") var user = false
    @Flag(name: .customLong("sys-prefix"), help: "Install into the active Python environment ($VIRTUAL_ENV).") var sysPrefix = false
    @Option(help: "Install under this prefix (PREFIX/share/jupyter/kernels).") var prefix: String?
    @Option(help: "The kernelspec's name.") var name = "cellgrad"

    func run() throws {
        let base: String
        if let p = prefix {
            base = p + "/share/jupyter/kernels"
        } else if sysPrefix {
            guard let env = ProcessInfo.processInfo.environment["VIRTUAL_ENV"] ?? ProcessInfo.processInfo.environment["CONDA_PREFIX"] else {
                throw ValidationError("--sys-prefix needs an active virtual environment (VIRTUAL_ENV is not set)")
            }
            base = env + "/share/jupyter/kernels"
        } else {
            let dataHome = ProcessInfo.processInfo.environment["JUPYTER_DATA_DIR"]
                ?? ((ProcessInfo.processInfo.environment["XDG_DATA_HOME"] ?? (NSHomeDirectory() + "/.local/share")) + "/jupyter")
            base = dataHome + "/kernels"
        }
        let dir = base + "/" + name
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath().path
        let executable = binary.hasPrefix("/") ? binary : FileManager.default.currentDirectoryPath + "/" + binary
        let spec: [String: Any] = [
            "argv": [executable, "kernel", "--connection-file", "{connection_file}"],
            "display_name": "Cellgrad",
            "language": "python",
            "interrupt_mode": "message",
            "metadata": ["debugger": false, "supported_encryption": ["curve"]],
        ]
        let data = try JSONSerialization.data(withJSONObject: spec, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: dir + "/kernel.json"))
        // Logos live beside the binary's source tree (kernelspec/); copy them when found.
        let exeDir = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for candidate in [exeDir.appendingPathComponent("../../../kernelspec"), exeDir.appendingPathComponent("../../kernelspec"),
                          URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/kernelspec")] {
            for logo in ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"] {
                let src = candidate.appendingPathComponent(logo).standardizedFileURL.path
                let dst = dir + "/" + logo
                if FileManager.default.fileExists(atPath: src) && !FileManager.default.fileExists(atPath: dst) {
                    try? FileManager.default.copyItem(atPath: src, toPath: dst)
                }
            }
        }
        print("Installed kernelspec \(name) in \(dir)")
    }
}
