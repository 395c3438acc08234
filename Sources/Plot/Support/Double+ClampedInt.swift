extension Double {
    /// The value limited to `lo...hi` (NaN gives `lo`).
    @inline(__always)
    func clamped(_ lo: Double, _ hi: Double) -> Double { self == self ? Swift.min(hi, Swift.max(lo, self)) : lo }

    /// Converts to `Int` after clamping to `lo...hi`; NaN gives `lo`. `Int(x)` traps on NaN,
    /// infinity and values beyond ±9.2e18, which user data can reach (`1e308` in an array).
    @inline(__always)
    func clampedInt(_ lo: Int, _ hi: Int) -> Int {
        guard self == self else { return lo }
        if self <= Double(lo) { return lo }
        if self >= Double(hi) { return hi }
        return Int(self)
    }
}
