import Foundation
import Testing
@testable import Jupyter

@Suite struct WireTests {
    let wire = Wire(signer: Signer(key: "secret"))

    @Test func roundTripKeepsIdentitiesHeaderAndContent() throws {
        let request = wire.make("execute_request", content: ["code": "6*7", "silent": false], parent: nil,
                                identities: [Data("client-1".utf8)])
        let decoded = try wire.decode(wire.encode(request))
        #expect(decoded.identities == [Data("client-1".utf8)])
        #expect(decoded.type == "execute_request")
        #expect(decoded.content["code"] as? String == "6*7")
        let reply = wire.make("execute_reply", content: ["status": "ok"], parent: decoded)
        #expect(reply.parentHeader["msg_id"] as? String == decoded.id)
        #expect(reply.identities == decoded.identities)
    }

    @Test func signatureIsHexHMACSHA256OfTheFourParts() {
        // Reference value from Python: hmac.new(b"secret", b"{}{}{}{}", hashlib.sha256).hexdigest()
        let parts = [Data("{}".utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)]
        #expect(Signer(key: "secret").sign(parts) == "34982f0bfec60e7b933ffde06c1ecab0fba073717a95ab943d1dd06f82c2d5e4")
        #expect(Signer(key: "").sign(parts) == "")
    }

    @Test func wronglySignedMessagesAreRejected() throws {
        var frames = wire.encode(wire.make("execute_request", content: ["code": "1"], parent: nil))
        let d = try #require(frames.firstIndex(of: Wire.delimiter))
        frames[d + 1] = Data(String(repeating: "0", count: 64).utf8)
        #expect(throws: WireError.self) { try wire.decode(frames) }
        let other = Wire(signer: Signer(key: "other"))
        #expect(throws: WireError.self) { try wire.decode(other.encode(other.make("x", content: [:], parent: nil))) }
    }

    @Test func aReplayedMessageIsRefusedAndOthersStillPass() throws {
        let frames = wire.encode(wire.make("execute_request", content: ["code": "1"], parent: nil))
        _ = try wire.decode(frames)
        #expect(throws: WireError.self) { try wire.decode(frames) }
        let fresh = wire.encode(wire.make("execute_request", content: ["code": "1"], parent: nil))
        #expect(try wire.decode(fresh).content["code"] as? String == "1")
        // A wrongly signed copy is not remembered, so it cannot block the real message.
        var forged = wire.encode(wire.make("execute_request", content: ["code": "2"], parent: nil))
        let real = forged
        let d = try #require(forged.firstIndex(of: Wire.delimiter))
        forged[d + 5] = Data(#"{"code": "3"}"#.utf8)
        #expect(throws: WireError.self) { try wire.decode(forged) }
        #expect(try wire.decode(real).content["code"] as? String == "2")
    }

    @Test func withoutAKeyNothingIsRemembered() throws {
        let unsigned = Wire(signer: Signer(key: ""))
        let frames = unsigned.encode(unsigned.make("kernel_info_request", content: [:], parent: nil))
        _ = try unsigned.decode(frames)
        _ = try unsigned.decode(frames)
        #expect(unsigned.seen.count == 0)
    }

    @Test func theHistoryForgetsTheOldestWhenFull() {
        let history = SignatureHistory(capacity: 3)
        let sigs = (0..<5).map { Data("sig\($0)".utf8) }
        for s in sigs { #expect(history.insert(s)) }
        #expect(history.count == 3)
        #expect(history.insert(sigs[0]))   // forgotten, so accepted again
        #expect(!history.insert(sigs[4]))  // still remembered
    }

    @Test func malformedFramesAreErrorsNotCrashes() {
        #expect(throws: WireError.self) { try wire.decode([]) }
        #expect(throws: WireError.self) { try wire.decode([Data("junk".utf8)]) }
        #expect(throws: WireError.self) { try wire.decode([Wire.delimiter, Data(), Data("{".utf8)]) }
        let unsigned = Wire(signer: Signer(key: ""))
        #expect(throws: WireError.self) {
            try unsigned.decode([Wire.delimiter, Data(), Data("[]".utf8), Data("{}".utf8), Data("{}".utf8), Data("{}".utf8)])
        }
    }

    @Test func emptyKeyMeansNoSigning() throws {
        let unsigned = Wire(signer: Signer(key: ""))
        let frames = unsigned.encode(unsigned.make("kernel_info_request", content: [:], parent: nil))
        #expect(try unsigned.decode(frames).type == "kernel_info_request")
    }
}

@Suite struct ConnectionInfoTests {
    @Test func parsesJupyterClientConnectionFiles() throws {
        let json = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "cellgrad"}
        """
        let info = try ConnectionInfo(json: Data(json.utf8))
        #expect(info.endpoint(info.shellPort) == "tcp://127.0.0.1:5001")
        #expect(info.key == "abc")
        #expect(info.curveSecretKey == nil)
    }

    @Test func ipcEndpointsFollowJupyterClientNaming() throws {
        let json = #"{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "/tmp/k", "transport": "ipc"}"#
        let info = try ConnectionInfo(json: Data(json.utf8))
        #expect(info.endpoint(info.hbPort) == "ipc:///tmp/k-5")
    }

    @Test func missingPortsAreReported() {
        #expect(throws: KernelError.self) { try ConnectionInfo(json: Data("{}".utf8)) }
        #expect(throws: KernelError.self) { try ConnectionInfo(json: Data("not json".utf8)) }
    }
}

@Suite struct StreamPieceTests {
    @Test func aLongTextIsCutIntoPiecesThatJoinBackExactly() {
        let text = String(repeating: "ab", count: 10) + "你好" + String(repeating: "c", count: 7)
        for limit in 1...12 {
            let pieces = KernelCellIO.pieces(text, maxBytes: limit)
            #expect(pieces.joined() == text)
            // A piece is over the limit only when one code point alone is (3 bytes for 你).
            #expect(pieces.allSatisfy { $0.utf8.count <= max(limit, 3) })
        }
        #expect(KernelCellIO.pieces("short", maxBytes: 100) == ["short"])
    }
}
