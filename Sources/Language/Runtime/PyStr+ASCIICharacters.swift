extension PyStr {
    /// The one-character strs of the ASCII code points, made once and shared, as CPython shares
    /// its one-character strings: indexing or iterating over a str (`text[pos]`, `for c in
    /// line`) allocates no object per character. Each is immortal and has its lazily kept
    /// fields (code points, length, hash) filled in here, so no thread ever writes to one; the
    /// table is raw memory, whose reads count no references either.
    nonisolated(unsafe) static let asciiCharacters: UnsafeMutablePointer<Unmanaged<PyStr>> = {
        let table = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: 128)
        for code in 0..<128 {
            let s = PyStr(String(Character(Unicode.Scalar(UInt8(code)))))
            _ = s.scalars
            _ = s.count
            _ = s.hash
            ThreadBoundary.immortalize(s)
            (table + code).initialize(to: Unmanaged.passRetained(s))
        }
        return table
    }()

    /// The str of one code point: the shared object for ASCII, a new one otherwise.
    @inline(__always)
    static func character(_ scalar: Unicode.Scalar) -> Value {
        if scalar.value < 128 { return .object(asciiCharacters[Int(scalar.value)].takeUnretainedValue()) }
        return .str(String(Character(scalar)))
    }
}
