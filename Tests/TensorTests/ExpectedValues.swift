import Foundation
import XCTest
@testable import Tensor

/// Loads `expected.json` (written by `generate_expected.py` from real NumPy) and compares
/// arrays with dtype-aware tolerances.
enum Expected {
    nonisolated(unsafe) static let root: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("expected.json")
        guard let data = try? Data(contentsOf: url),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return obj
    }()

    static var cases: [[String: Any]] { root["cases"] as? [[String: Any]] ?? [] }

    static func cases(kind: String) -> [[String: Any]] { cases.filter { $0["kind"] as? String == kind } }

    static func array(_ obj: Any?) throws -> NDArray {
        guard let d = obj as? [String: Any], let dt = d["dtype"] as? String, let shape = d["shape"] as? [Int],
              let data = d["data"] as? [Any] else { throw TensorError.value("bad array json") }
        let dtype = DType(numpyName: dt) ?? (dt == "int8" ? .int64 : (dt == "float16" ? .float32 : .float64))
        switch dtype {
        case .bool: return try NDArray(data.map { ($0 as? Bool) ?? (($0 as? NSNumber)?.boolValue ?? false) }, shape: shape)
        case .int64: return try NDArray(data.map { Int64(truncating: ($0 as? NSNumber) ?? 0) }, shape: shape)
        case .uint8: return try NDArray(data.map { UInt8(truncatingIfNeeded: Int64(truncating: ($0 as? NSNumber) ?? 0)) }, shape: shape)
        case .float32: return try NDArray(data.map { Float(double($0)) }, shape: shape)
        case .float64: return try NDArray(data.map(double), shape: shape)
        }
    }

    static func double(_ v: Any) -> Double {
        if let s = v as? String { return Double(s) ?? .nan }
        return (v as? NSNumber)?.doubleValue ?? .nan
    }

    /// The JSON's input array: inline `a` or a shared `a_ref`.
    static func input(_ c: [String: Any], _ key: String = "a") throws -> NDArray {
        if let ref = c["a_ref"] as? String, key == "a", let arrays = root["arrays"] as? [String: Any] {
            return try array(arrays[ref])
        }
        return try array(c[key])
    }

    static func numpyDType(_ c: [String: Any], _ key: String = "expected") -> String {
        ((c[key] as? [String: Any])?["dtype"] as? String) ?? "?"
    }
}

/// Asserts equal shape, dtype (int8 -> int64 and float16 -> float32 mapped) and values within
/// `rtol` (relative, plus an absolute floor `atol`); NaN equals NaN; zeros must have NumPy's sign
/// unless `checkZeroSign` is false.
func assertClose(_ got: NDArray, _ want: NDArray, rtol: Double? = nil, atol: Double = 1e-12, _ label: String,
                 checkZeroSign: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(got.shape, want.shape, "shape \(label)", file: file, line: line)
    XCTAssertEqual(got.dtype, want.dtype, "dtype \(label)", file: file, line: line)
    guard got.shape == want.shape else { return }
    let tol = rtol ?? (got.dtype == .float32 || want.dtype == .float32 ? 2e-6 : 1e-13)
    let g = got.doubles, w = want.doubles
    for i in 0..<g.count {
        let a = g[i], b = w[i]
        if a.isNaN && b.isNaN { continue }
        if checkZeroSign && a == 0 && b == 0 && a.sign != b.sign && got.dtype.isFloatingPoint && want.dtype.isFloatingPoint {
            XCTFail("\(label): element \(i) is \(a), NumPy has \(b) (sign of zero)", file: file, line: line)
            return
        }
        if a == b { continue }
        if Swift.abs(a - b) <= tol * Swift.max(Swift.abs(a), Swift.abs(b)) + atol { continue }
        XCTFail("\(label): element \(i) is \(a), NumPy has \(b)", file: file, line: line)
        return
    }
}

/// Asserts that `body` throws a ``TensorError`` with exactly `message`.
func assertThrowsMessage(_ message: String, _ label: String, file: StaticString = #filePath, line: UInt = #line,
                         _ body: () throws -> Any) {
    do {
        _ = try body()
        XCTFail("\(label): expected error '\(message)'", file: file, line: line)
    } catch let e as TensorError {
        XCTAssertEqual(e.message, message, label, file: file, line: line)
    } catch {
        XCTFail("\(label): unexpected error \(error)", file: file, line: line)
    }
}
