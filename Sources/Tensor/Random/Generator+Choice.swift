/// `rng.choice(n, size, replace, p, shuffle=True)`, drawing exactly as NumPy's `Generator`.
extension Generator {
    /// Indices into a population of `n` (index the population with them for `choice(array)`).
    public mutating func choice(_ n: Int, shape: [Int], replace: Bool = true, p: [Double]? = nil,
                                pTolerance: Double? = nil) throws -> NDArray {
        let size = try Shape.checkedSize(shape, dtype: .int64)
        if n <= 0 && size > 0 {
            throw TensorError.value(n == 0 ? "a cannot be empty unless no samples are taken" : "a must be a positive integer unless no samples are taken")
        }
        if let p { try WeightedChoice.validate(p, populationSize: n, tolerance: pTolerance) }
        if replace {
            guard let p else { return try integers(0, n, shape: shape) }
            return try NDArray(WeightedChoice.withReplacement(p, uniforms: try random(shape).doubles), shape: shape)
        }
        guard size <= n else { throw TensorError.value("Cannot take a larger sample than population when replace is False") }
        if let p {
            return try NDArray(WeightedChoice.withoutReplacement(p, size: size) { try random([$0]).doubles }, shape: shape)
        }
        // NumPy shuffles a full arange only when the sample is a sizeable part of a big population.
        let picked = n > 10_000 && size > n / 50 ? tailShuffle(n, size) : floydSample(n, size)
        return try NDArray(picked, shape: shape)
    }

    /// Fisher–Yates over the last `size` slots of `arange(n)` with Lemire draws (`_shuffle_int`).
    private mutating func tailShuffle(_ n: Int, _ size: Int) -> [Int64] {
        var a = (0..<Int64(n)).map { $0 }
        for i in stride(from: n - 1, through: Swift.max(n - size, 1), by: -1) {
            a.swapAt(i, Int(boundedLemire(UInt64(i))))
        }
        return Array(a[(n - size)...])
    }

    /// Floyd's sampling of `size` distinct values below `n`, then a Lemire shuffle of the
    /// result, as NumPy does for `shuffle=True`.
    private mutating func floydSample(_ n: Int, _ size: Int) -> [Int64] {
        var out = [Int64](repeating: 0, count: size)
        var seen = Set<Int64>()
        for j in (n - size)..<n {
            let v = Int64(boundedLemire(UInt64(j)))
            let pick = seen.contains(v) ? Int64(j) : v
            seen.insert(pick)
            out[j - n + size] = pick
        }
        for i in stride(from: size - 1, through: 1, by: -1) {
            out.swapAt(i, Int(boundedLemire(UInt64(i))))
        }
        return out
    }
}
