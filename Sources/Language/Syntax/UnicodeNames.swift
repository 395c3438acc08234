import Synchronization

/// Looks up `\N{GREEK SMALL LETTER ALPHA}` names. The table is built on first use by walking
/// the Unicode scalars once (names come from the standard library's Unicode data).
enum UnicodeNames {
    private static let table = Mutex<[String: Unicode.Scalar]?>(nil)

    static func scalar(named name: String) -> Unicode.Scalar? {
        table.withLock { cached in
            if cached == nil {
                var t: [String: Unicode.Scalar] = [:]
                for value in UInt32(0x20)...UInt32(0x10FFFF) {
                    guard let s = Unicode.Scalar(value) else { continue }
                    if let n = s.properties.name { t[n] = s }
                    if let alias = s.properties.nameAlias { t[alias] = s }
                }
                cached = t
            }
            return cached?[name.uppercased()]
        }
    }
}
