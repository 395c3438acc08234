/// NumPy's order of strings: lexicographic by Unicode code point (not Swift's `String <`,
/// which compares canonically equivalent forms as equal and orders by grapheme).
enum StringOrder {
    static func compare(_ a: String, _ b: String) -> Int {
        var ia = a.unicodeScalars.makeIterator(), ib = b.unicodeScalars.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }

    static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// Indices that sort `values` by code point; equal strings keep their order (stable).
    static func stableOrder(_ values: [String]) -> [Int] {
        let keys = values.map { Array($0.unicodeScalars.map(\.value)) }
        return keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a != b { return a.lexicographicallyPrecedes(b) }
            return i < j
        }
    }
}
