#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// printf's `%.*f`, `%.*e` and `%.*E`, written by the C library into a stack buffer. Python's
/// fixed and exponent formats round exactly as printf does; Foundation's `String(format:)`
/// gives the same text at ten times the cost (it builds an NSString through CoreFoundation).
enum CNumberFormat {
    static func double(_ d: Double, precision: Int, conversion: Character) -> String {
        let format = conversion == "f" ? "%.*f" : conversion == "E" ? "%.*E" : "%.*e"
        var capacity = 64
        while true {
            let text: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
                let written = withVaList([Int32(precision), d]) { vsnprintf(buffer.baseAddress!, capacity, format, $0) }
                guard written >= 0, Int(written) < capacity else {
                    capacity = max(Int(written) + 1, capacity * 2)
                    return nil
                }
                return String(cString: buffer.baseAddress!)
            }
            if let text { return text }
        }
    }
}
