import Foundation

/// The `data` of display_data and execute_result as the wire carries it: text for most MIME
/// types, but a JSON type (`application/json`, `application/vnd.…+json`) as the JSON value
/// itself, as the messaging spec asks and ipykernel sends it (JupyterLab's JSON viewer reads
/// an object, not a string).
enum MimeData {
    static func wire(_ data: [String: String]) -> [String: Any] {
        var out: [String: Any] = [:]
        for (mime, text) in data {
            if isJSON(mime), let bytes = text.data(using: .utf8),
               let value = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) {
                out[mime] = value
            } else {
                out[mime] = text
            }
        }
        return out
    }

    static func isJSON(_ mime: String) -> Bool { mime == "application/json" || mime.hasSuffix("+json") }
}
