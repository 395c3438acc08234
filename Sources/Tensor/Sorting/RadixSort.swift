/// Stable LSD radix sort on order-preserving unsigned keys: the engine under `sort`, `argsort`
/// and `unique`. Linear time, 8-bit digits, and passes whose digit is the same for every key are
/// skipped (small integer ranges sort in one or two passes).
///
/// Keys map values so that unsigned order equals NumPy's sort order: negative floats flip all
/// bits, positive ones set the sign bit, `-0.0` and `0.0` share one key (equal values keep their
/// input order), and every NaN gets the largest key (NaNs last, in input order).
///
/// ```python
/// np.argsort([2.0, np.nan, -1.0, 2.0], kind='stable')   # [2 0 3 1]
/// ```
enum RadixSort {
    @inline(__always) static func key(_ x: Float) -> UInt32 {
        if x.isNaN { return UInt32.max }
        if x == 0 { return 0x8000_0000 }
        let b = x.bitPattern
        return b & 0x8000_0000 != 0 ? ~b : b | 0x8000_0000
    }

    @inline(__always) static func key(_ x: Double) -> UInt64 {
        if x.isNaN { return UInt64.max }
        if x == 0 { return 0x8000_0000_0000_0000 }
        let b = x.bitPattern
        return b & 0x8000_0000_0000_0000 != 0 ? ~b : b | 0x8000_0000_0000_0000
    }

    @inline(__always) static func key(_ x: Int64) -> UInt64 { UInt64(bitPattern: x) ^ 0x8000_0000_0000_0000 }

    @inline(__always) static func key(_ x: Bool) -> UInt32 { x ? 1 : 0 }

    /// The stable ascending order of `keys`. A long sort checks for an interrupt every
    /// 2^20 keys of each pass.
    static func order<K: FixedWidthInteger & UnsignedInteger>(_ keys: [K]) throws -> [Int] {
        let scatterChunk = 1 << 20
        let n = keys.count
        var idx = Array(0..<n), idxTmp = [Int](repeating: 0, count: n)
        var k = keys, kTmp = [K](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256)
        for pass in 0..<(K.bitWidth / 8) {
            let shift = pass * 8
            for d in 0..<256 { counts[d] = 0 }
            k.withUnsafeBufferPointer { kp in
                for i in 0..<n { counts[Int(truncatingIfNeeded: kp[i] >> shift) & 0xFF] += 1 }
            }
            if counts.contains(n) { continue }  // every key has the same digit: nothing moves
            var sum = 0
            for d in 0..<256 { let c = counts[d]; counts[d] = sum; sum += c }
            // The scatter runs in chunks, with an interrupt check between them.
            for chunkStart in stride(from: 0, to: n, by: scatterChunk) {
                if n >= scatterChunk { try Interrupt.checkpoint() }
                let chunkEnd = Swift.min(n, chunkStart + scatterChunk)
                k.withUnsafeBufferPointer { kp in
                    kTmp.withUnsafeMutableBufferPointer { kt in
                        idx.withUnsafeBufferPointer { ip in
                            idxTmp.withUnsafeMutableBufferPointer { it in
                                counts.withUnsafeMutableBufferPointer { cp in
                                    for i in chunkStart..<chunkEnd {
                                        let d = Int(truncatingIfNeeded: kp[i] >> shift) & 0xFF
                                        let pos = cp[d]
                                        cp[d] = pos + 1
                                        kt[pos] = kp[i]
                                        it[pos] = ip[i]
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&k, &kTmp)
            swap(&idx, &idxTmp)
        }
        return idx
    }
}
