import Foundation
import Tensor

/// PyTorch's CPU generator: an MT19937 seeded as `torch.manual_seed(s)` seeds it, with torch's
/// ways of turning its words into numbers, so a seeded lesson prints PyTorch's values.
///
/// ```python
/// torch.manual_seed(0); torch.rand(2)    # tensor([0.4963, 0.7682])
/// ```
public struct TorchGenerator: Sendable {
    var engine: MT19937
    public private(set) var initialSeed: UInt64
    /// The second Box–Muller value of the scalar normal path, kept for the next draw.
    var cachedNormal: Double?

    /// torch's default seed when nothing was seeded.
    public static let defaultSeed: UInt64 = 67_280_421_310_721

    public init(seed: UInt64 = TorchGenerator.defaultSeed) {
        engine = MT19937(seed: UInt32(truncatingIfNeeded: seed))
        initialSeed = seed
    }

    public mutating func nextUInt32() -> UInt32 { engine.nextUInt32() }

    /// The generator as bytes (`torch.get_rng_state()`): the seed, the engine's words and the
    /// cached normal, little-endian. Cellgrad's own layout, read back by ``init(stateBytes:)``.
    public var stateBytes: [UInt8] {
        var bytes: [UInt8] = []
        func put(_ v: UInt64, _ width: Int) { for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
        put(initialSeed, 8)
        for w in engine.stateWords { put(UInt64(w), 4) }
        bytes.append(cachedNormal == nil ? 0 : 1)
        put((cachedNormal ?? 0).bitPattern, 8)
        return bytes
    }

    public static let stateByteCount = 8 + 625 * 4 + 1 + 8

    public init?(stateBytes bytes: [UInt8]) {
        guard bytes.count == Self.stateByteCount else { return nil }
        func read(_ at: Int, _ width: Int) -> UInt64 { (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) } }
        let words = (0..<625).map { UInt32(read(8 + 4 * $0, 4)) }
        guard let engine = MT19937(stateWords: words) else { return nil }
        self.engine = engine
        initialSeed = read(0, 8)
        let cachedAt = 8 + 625 * 4
        cachedNormal = bytes[cachedAt] == 1 ? Double(bitPattern: read(cachedAt + 1, 8)) : nil
    }

    /// Two words, the first as the high half (torch's `random64`).
    public mutating func nextUInt64() -> UInt64 {
        let hi = UInt64(engine.nextUInt32()), lo = UInt64(engine.nextUInt32())
        return (hi << 32) | lo
    }

    /// A float in [0, 1) from 24 random bits.
    public mutating func nextFloat() -> Float {
        Float(Double(nextUInt32() & ((1 << 24) - 1)) * (1.0 / Double(1 << 24)))
    }

    /// A double in [0, 1) from 53 random bits.
    public mutating func nextDouble() -> Double {
        Double(nextUInt64() & ((1 << 53) - 1)) * (1.0 / Double(UInt64(1) << 53))
    }

    /// `uniform_(from, to)` over a fresh array of `shape`.
    public mutating func uniform(_ shape: [Int], from: Double = 0, to: Double = 1, dtype: DType = .float32) throws -> NDArray {
        if dtype == .float64 {
            return try NDArray.filled(shape, as: Double.self) { out in
                for i in 0..<out.count { out[i] = nextDouble() * (to - from) + from }
            }
        }
        return try NDArray.filled(shape, as: Float.self) { out in
            for i in 0..<out.count {
                let x = Double(nextUInt32() & ((1 << 24) - 1)) * (1.0 / Double(1 << 24))
                out[i] = Float(x * (to - from) + from)
            }
        }.astype(dtype)
    }

    /// `normal_(mean, std)`: torch fills 16 values at a time by Box–Muller once an array has
    /// 16 or more elements, and draws one at a time (with a cached partner) below that.
    public mutating func normal(_ shape: [Int], mean: Double = 0, std: Double = 1, dtype: DType = .float32) throws -> NDArray {
        let n = shape.reduce(1, *)
        if n >= 16 {
            if dtype == .float64 {
                var data = [Double](repeating: 0, count: n)
                for i in 0..<n { data[i] = nextDouble() }
                TorchGenerator.boxMuller16(&data, mean: mean, std: std) { nextDouble() }
                return try NDArray(data, shape: shape)
            }
            var data = [Float](repeating: 0, count: n)
            for i in 0..<n { data[i] = nextFloat() }
            TorchGenerator.boxMuller16(&data, mean: Float(mean), std: Float(std)) { nextFloat() }
            return try NDArray(data, shape: shape).astype(dtype)
        }
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n { values[i] = nextNormal() * std + mean }
        return try NDArray(values, shape: shape).astype(dtype)
    }

    static func boxMuller16<T: BinaryFloatingPoint & ElementaryMath>(_ data: inout [T], mean: T, std: T, refill: () -> T) {
        let n = data.count
        func fill16(_ base: Int) {
            for j in 0..<8 {
                let u1 = 1 - data[base + j]
                let u2 = data[base + j + 8]
                let radius = T.sqrtValue(-2 * T.logValue(u1))
                let theta = T(2 * Double.pi * Double(u2))
                data[base + j] = radius * T.cosValue(theta) * std + mean
                data[base + j + 8] = radius * T.sinValue(theta) * std + mean
            }
        }
        var i = 0
        while i + 16 <= n { fill16(i); i += 16 }
        if n % 16 != 0 {
            let base = n - 16
            for k in 0..<16 { data[base + k] = refill() }
            fill16(base)
        }
    }

    /// One standard normal value from two doubles (torch's scalar `normal_distribution<double>`).
    public mutating func nextNormal() -> Double {
        if let cached = cachedNormal {
            cachedNormal = nil
            return cached
        }
        let u1 = nextDouble(), u2 = nextDouble()
        let r = Foundation.sqrt(-2 * Foundation.log1p(-u2))
        let theta = 2 * Double.pi * u1
        cachedNormal = r * Foundation.sin(theta)
        return r * Foundation.cos(theta)
    }

    /// `random_(from, to)`: integers in [from, to) by modulo, 32-bit words for small ranges.
    public mutating func integers(_ shape: [Int], from: Int64, to: Int64) throws -> NDArray {
        let range = UInt64(bitPattern: to &- from)
        return try NDArray.filled(shape, as: Int64.self) { out in
            for i in 0..<out.count {
                let r = range >= (UInt64(1) << 32) ? nextUInt64() % range : UInt64(nextUInt32()) % range
                out[i] = from &+ Int64(bitPattern: r)
            }
        }
    }

    /// `torch.randperm(n)`.
    public mutating func permutation(_ n: Int) throws -> NDArray {
        var r = (0..<Int64(n)).map { $0 }
        if n > 1 {
            for i in 0..<(n - 1) {
                let z = Int(UInt64(nextUInt32()) % UInt64(n - i))
                r.swapAt(i, z + i)
            }
        }
        return try NDArray(r, shape: [n])
    }

    /// `bernoulli_(p)` per element: 1 with probability `p` (drawn from a double uniform).
    public mutating func bernoulli(_ shape: [Int], p: Double, dtype: DType = .float32) throws -> NDArray {
        let n = shape.reduce(1, *)
        var values = [Float](repeating: 0, count: n)
        for i in 0..<n { values[i] = nextDouble() < p ? 1 : 0 }
        return try NDArray(values, shape: shape).astype(dtype)
    }
}

/// The elementary functions the generator needs, for Float and Double alike.
public protocol ElementaryMath {
    static func sqrtValue(_ x: Self) -> Self
    static func logValue(_ x: Self) -> Self
    static func cosValue(_ x: Self) -> Self
    static func sinValue(_ x: Self) -> Self
}

extension Float: ElementaryMath {
    public static func sqrtValue(_ x: Float) -> Float { x.squareRoot() }
    public static func logValue(_ x: Float) -> Float { Foundation.log(x) }
    public static func cosValue(_ x: Float) -> Float { Foundation.cos(x) }
    public static func sinValue(_ x: Float) -> Float { Foundation.sin(x) }
}

extension Double: ElementaryMath {
    public static func sqrtValue(_ x: Double) -> Double { x.squareRoot() }
    public static func logValue(_ x: Double) -> Double { Foundation.log(x) }
    public static func cosValue(_ x: Double) -> Double { Foundation.cos(x) }
    public static func sinValue(_ x: Double) -> Double { Foundation.sin(x) }
}
