import Foundation

/// The connection file Jupyter writes for a kernel: ports, transport, signing key.
public struct ConnectionInfo: Sendable {
    public var transport: String
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var hbPort: Int
    public var key: String
    public var signatureScheme: String
    public var curvePublicKey: String?
    public var curveSecretKey: String?

    public init(json: Data) throws {
        guard let obj = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw KernelError.connectionFile("not a JSON object")
        }
        func port(_ name: String) throws -> Int {
            guard let p = obj[name] as? Int else { throw KernelError.connectionFile("missing \(name)") }
            return p
        }
        transport = obj["transport"] as? String ?? "tcp"
        ip = obj["ip"] as? String ?? "127.0.0.1"
        shellPort = try port("shell_port")
        iopubPort = try port("iopub_port")
        stdinPort = try port("stdin_port")
        controlPort = try port("control_port")
        hbPort = try port("hb_port")
        key = obj["key"] as? String ?? ""
        signatureScheme = obj["signature_scheme"] as? String ?? "hmac-sha256"
        curvePublicKey = obj["curve_publickey"] as? String
        curveSecretKey = obj["curve_secretkey"] as? String
        if signatureScheme != "hmac-sha256" && !key.isEmpty {
            throw KernelError.connectionFile("unsupported signature scheme \(signatureScheme)")
        }
    }

    /// `tcp://127.0.0.1:5555`, or for ipc `ipc://path-5555` as jupyter_client names them.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "\(transport)://\(ip):\(port)"
    }
}
