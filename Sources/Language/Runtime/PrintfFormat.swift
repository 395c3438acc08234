import CNumberFormat

/// printf's `%.*f`, `%.*e` and `%.*E`, written by the C library into a stack buffer. Python's
/// fixed and exponent formats round exactly as printf does; Foundation's `String(format:)`
/// gives the same text at many times the cost (it builds an NSString through CoreFoundation).
enum PrintfFormat {
    /// `conversion` is "f", "e" or "E".
    static func double(_ d: Double, precision: Int, conversion: Character) -> String {
        let code = CChar(bitPattern: conversion.asciiValue ?? UInt8(ascii: "f"))
        var capacity = 64
        while true {
            let text: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
                let written = Int(cellgrad_format_double(buffer.baseAddress!, capacity, Int32(precision), code, d))
                guard written >= 0, written < capacity else {
                    capacity = max(written + 1, capacity * 2)
                    return nil
                }
                return String(cString: buffer.baseAddress!)
            }
            if let text { return text }
        }
    }
}
