/// Swift's `Hashable` runs SipHash on every dictionary probe. Keys that already carry a hash
/// (interned symbol ids, Python hashes cached on the key) only need it spread over the table's
/// low bits, which a multiply and a shift do in a few instructions. Hash flooding is not a
/// threat in a notebook kernel, so the keyed hash buys nothing here.
@inline(__always)
func cheapHash(_ value: Int, seed: Int) -> Int {
    let x = (value ^ seed) &* -7_046_029_254_386_353_131  // 0x9E3779B97F4A7C15, the golden ratio
    return x ^ (x >> 29)
}
