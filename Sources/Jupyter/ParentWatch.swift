import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ends the kernel when the process that started it dies, as ipykernel does: a killed
/// `jupyter console`, nbconvert or notebook server would otherwise leave the kernel running for
/// good, and a class server fills with orphans. jupyter_client names the launching process in
/// `JPY_PARENT_PID`; when it is our parent we watch for a change of parent (the orphan is
/// adopted by init or a subreaper), otherwise for adoption by init (pid 1). Like ipykernel, a
/// kernel started by hand without the variable is left alone, and it polls (every half second).
public enum ParentWatch {
    public static func start(environment: [String: String] = ProcessInfo.processInfo.environment,
                             log: @escaping @Sendable (String) -> Void) {
        guard let text = environment["JPY_PARENT_PID"], let launcher = Int32(text), launcher > 1 else { return }
        let watched: pid_t = getppid() == launcher ? launcher : 0
        let thread = Thread {
            while true {
                let parent = getppid()
                if (watched != 0 && parent != watched) || (watched == 0 && parent == 1) {
                    log("the process that started the kernel has exited; shutting down")
                    _exit(1)
                }
                usleep(500_000)
            }
        }
        thread.name = "parent-watch"
        thread.stackSize = 1 << 18
        thread.start()
    }
}
