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

    @inline(__always) static func key(_ x: UInt8) -> UInt32 { UInt32(x) }

    /// The stable ascending order of the keys `key(0) ..< key(count)`. Every pass over the keys
    /// (building them, counting digits, scattering) runs in chunks with an interrupt check
    /// between them, so a long sort answers an interrupt within milliseconds.
    static func order<K: FixedWidthInteger & UnsignedInteger>(count n: Int, key: (Int) -> K) throws -> [Int] {
        // Scratch buffers are left uninitialised: every pass writes all of them before reading.
        var k = try [K](unsafeUninitializedCapacity: n) { kp, count in
            try Interrupt.chunked(n) { range in for i in range { kp[i] = key(i) } }
            count = n
        }
        var kTmp = [K](unsafeUninitializedCapacity: n) { _, count in count = n }
        var idx = try [Int](unsafeUninitializedCapacity: n) { ip, count in
            try Interrupt.chunked(n) { range in for i in range { ip[i] = i } }
            count = n
        }
        var idxTmp = [Int](unsafeUninitializedCapacity: n) { _, count in count = n }
        var counts = [Int](repeating: 0, count: 256)
        for pass in 0..<(K.bitWidth / 8) {
            let shift = pass * 8
            for d in 0..<256 { counts[d] = 0 }
            try k.withUnsafeBufferPointer { kp in
                try counts.withUnsafeMutableBufferPointer { cp in
                    try Interrupt.chunked(n) { range in
                        for i in range { cp[Int(truncatingIfNeeded: kp[i] >> shift) & 0xFF] += 1 }
                    }
                }
            }
            if counts.contains(n) { continue }  // every key has the same digit: nothing moves
            var sum = 0
            for d in 0..<256 { let c = counts[d]; counts[d] = sum; sum += c }
            try k.withUnsafeBufferPointer { kp in
                try kTmp.withUnsafeMutableBufferPointer { kt in
                    try idx.withUnsafeBufferPointer { ip in
                        try idxTmp.withUnsafeMutableBufferPointer { it in
                            try counts.withUnsafeMutableBufferPointer { cp in
                                try Interrupt.chunked(n) { range in
                                    for i in range {
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
