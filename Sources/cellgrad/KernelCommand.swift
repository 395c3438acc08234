import ArgumentParser
import Foundation
import Jupyter
import Language

/// `cellgrad kernel --connection-file F`: serves Jupyter until shutdown.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kernel", abstract: "Run a Jupyter kernel.")
    @Option(name: .customLong("connection-file"), help: "The connection file Jupyter wrote.") var connectionFile: String

    func run() throws {
        HeapTuning.apply()
        guard let data = FileManager.default.contents(atPath: connectionFile) else {
            throw ValidationError("cannot read connection file \(connectionFile)")
        }
        let connection = try ConnectionInfo(json: data)
        let interrupt = InterruptFlag()
        SignalInterrupt.install(interrupt)
        MemoryCeiling.configure(from: ProcessInfo.processInfo.environment)
        let session = CellgradSession(interrupt: interrupt)
        if MemoryCeiling.configured {
            session.memoryWatchdog = MemoryWatchdog(interrupt: interrupt, ceiling: MemoryCeiling.bytes)
        }
        let log: @Sendable (String) -> Void = { message in
            // The log goes to the kernel's own stderr (the Jupyter server's terminal), never
            // into a notebook.
            FileHandle.standardError.write(Data("[cellgrad] \(message)\n".utf8))
        }
        let kernel = try Kernel(connection: connection, session: session, kernelInfo: CellgradSession.kernelInfo,
                                onInterrupt: { interrupt.raise() }, log: log)
        kernel.interruptCheck = { interrupt.isSet }
        ParentWatch.start(log: log)
        kernel.serve()
    }
}

/// SIGINT sets the interrupt flag instead of killing the process.
enum SignalInterrupt {
    nonisolated(unsafe) static var flag: InterruptFlag?

    static func install(_ interrupt: InterruptFlag) {
        flag = interrupt
        signal(SIGINT) { _ in SignalInterrupt.flag?.raise() }
    }
}
