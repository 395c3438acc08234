import Foundation
import Language
import NN
import Tensor

/// `cellgrad.datasets`: real small datasets for lessons, offline. The tables scikit-learn
/// bundles (iris, digits 8x8, wine, breast cancer; shipped in the repository's data/datasets
/// with their licence), the 唐诗三百首 and 宋诗 texts of Debian's fortunes-zh as lists of poems,
/// and seeded generators of the classic toy problems (xor, moons, circles, spirals, blobs,
/// a noisy line), drawn with NumPy's `default_rng(seed)`.
enum CellgradDatasets {
    static let fortunes = "/usr/share/games/fortunes"

    /// The repository's data/datasets: found from the kernel's executable (`<repo>/.build/…`),
    /// or given by $CELLGRAD_DATA.
    static var dataDirectory: String? {
        if let env = ProcessInfo.processInfo.environment["CELLGRAD_DATA"] { return env }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("data/datasets")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("iris.csv").path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static func file(_ name: String) throws -> Data {
        guard let dir = dataDirectory, let data = FileManager.default.contents(atPath: dir + "/" + name) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "cellgrad.datasets reads \(name) from the repository's data/datasets folder, which was not found next to the kernel; set CELLGRAD_DATA to that folder")
        }
        return name.hasSuffix(".gz") ? try IDXFile.gunzip(data, path: name) : data
    }

    /// One of scikit-learn's CSVs: header `n, features, class names…`, rows of features then class.
    static func table(_ name: String) throws -> (x: [Double], y: [Int64], rows: Int, columns: Int, classes: [String]) {
        var lines = String(decoding: try file(name), as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let first = lines.first?.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) else {
            throw PyError.value("\(name) is empty")
        }
        // digits.csv has no header: 64 grey levels then the digit on every line.
        let headed = first.count >= 3 && Double(first[2]) == nil
        let columns = headed ? Int(first[1]) ?? 0 : first.count - 1
        let header = headed ? first : []
        if headed { lines.removeFirst() }
        var x: [Double] = [], y: [Int64] = []
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) ?? 0 }
            guard cells.count > columns else { continue }
            x += cells.prefix(columns)
            y.append(Int64(cells[columns]))
        }
        return (x, y, y.count, columns, header.count > 2 ? Array(header.dropFirst(2)) : [])
    }

    static let featureNames: [String: [String]] = [
        "iris.csv": ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
        "wine_data.csv": ["alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
                          "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline"],
        "breast_cancer.csv": ["mean radius", "mean texture", "mean perimeter", "mean area", "mean smoothness", "mean compactness",
                              "mean concavity", "mean concave points", "mean symmetry", "mean fractal dimension", "radius error",
                              "texture error", "perimeter error", "area error", "smoothness error", "compactness error",
                              "concavity error", "concave points error", "symmetry error", "fractal dimension error", "worst radius",
                              "worst texture", "worst perimeter", "worst area", "worst smoothness", "worst compactness",
                              "worst concavity", "worst concave points", "worst symmetry", "worst fractal dimension"],
    ]

    /// `load_iris(return_X_y=False)` and friends: a Bunch (`.data`, `.target`,
    /// `.feature_names`, `.target_names`, digits also `.images`), or `(X, y)`.
    static func loader(_ m: PyModule, _ function: String, _ fileName: String, _ doc: String) {
        m.define(function, doc: "\(function)(return_X_y=False): \(doc)") { interp, args in
            let b = try Signature("\(function)(*, return_X_y=False, as_frame=False)").bind(args)
            if try interp.isTruthy(b["as_frame"] ?? .bool(false)) {
                throw PyError.notImplemented("\(function)(as_frame=True) needs pandas, which Cellgrad does not have; use the arrays")
            }
            let t = try table(fileName)
            let data = NumPyBridge.wrapArray(try NDArray(t.x, shape: [t.rows, t.columns]))
            let target = NumPyBridge.wrapArray(try NDArray(t.y, shape: [t.rows]))
            if try interp.isTruthy(b["return_X_y"] ?? .bool(false)) { return .tuple([data, target]) }
            var fields: [(String, Value)] = [("data", data), ("target", target), ("target_names", .list(t.classes.map(Value.str))),
                                             ("DESCR", .str(doc))]
            if fileName.hasPrefix("digits") {
                fields.append(("images", NumPyBridge.wrapArray(try NDArray(t.x, shape: [t.rows, 8, 8]))))
                fields.append(("target_names", .list((0..<10).map(Value.int))))
                fields.append(("feature_names", .list((0..<64).map { .str("pixel_\($0 / 8)_\($0 % 8)") })))
            } else {
                fields.append(("feature_names", .list((featureNames[fileName] ?? []).map(Value.str))))
            }
            return .object(DatasetBunch.make(fields))
        }
    }

    /// A fortunes-zh file as poems: each entry's title (without 《》 and "题目:"), author
    /// (without "作者:" and the years), and its non-empty lines.
    static func poems(_ name: String) throws -> Value {
        let path = fortunes + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "\(path) is not there: install Debian's fortunes-zh package (apt install fortunes-zh; `make lab` does)")
        }
        let escapes = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m")
        var text = String(decoding: data, as: UTF8.self)
        text = escapes.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        var out: [Value] = []
        for entry in text.components(separatedBy: "\n%\n") {
            var lines = entry.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // Section marks of a poem in several parts ("其一") are not lines of verse.
            let body = lines.dropFirst(2).filter { $0.count > 3 }
            lines = Array(lines.prefix(2)) + body
            guard lines.count >= 3 else { continue }
            var title = lines.removeFirst()
            var author = lines.removeFirst()
            for prefix in ["题目:", "题目："] where title.hasPrefix(prefix) { title = String(title.dropFirst(prefix.count)) }
            title = title.replacingOccurrences(of: "《", with: "").replacingOccurrences(of: "》", with: "")
            for prefix in ["作者:", "作者："] where author.hasPrefix(prefix) { author = String(author.dropFirst(prefix.count)) }
            if let paren = author.firstIndex(where: { $0 == "（" || $0 == "(" }) { author = String(author[..<paren]) }
            let poem = PyDict()
            poem[HashKey.string("title")] = .str(title)
            poem[HashKey.string("author")] = .str(author)
            poem[HashKey.string("lines")] = .list(lines.map(Value.str))
            poem[HashKey.string("text")] = .str(lines.joined(separator: "\n"))
            out.append(.object(poem))
        }
        return .list(out)
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        // The arrays handed back get their methods with the numpy module.
        _ = try interp.importModule("numpy")
        let m = PyModule(name: "cellgrad.datasets", doc: "Real small datasets and seeded toy problems for lessons, offline.")
        loader(m, "load_iris", "iris.csv", "Fisher's iris (150 flowers, 4 measurements, 3 species); scikit-learn's bundled copy, BSD-3-Clause.")
        loader(m, "load_wine", "wine_data.csv", "UCI wine recognition (178 wines, 13 measurements, 3 cultivars); scikit-learn's bundled copy, BSD-3-Clause.")
        loader(m, "load_breast_cancer", "breast_cancer.csv", "UCI Wisconsin diagnostic breast cancer (569 samples, 30 features, malignant/benign); scikit-learn's bundled copy, BSD-3-Clause.")
        loader(m, "load_digits", "digits.csv.gz", "UCI optdigits: 1,797 handwritten digits as 8x8 images of 0-16 grey levels; scikit-learn's bundled copy, BSD-3-Clause.")
        m.define("load_tang_poems", doc: "load_tang_poems(): 唐诗三百首 from Debian's fortunes-zh (tang300.u8): a list of dicts with title, author, lines, text.") { _, _ in
            try poems("tang300.u8")
        }
        m.define("load_song_poems", doc: "load_song_poems(): 宋诗一百首 from Debian's fortunes-zh (song100.u8): a list of dicts with title, author, lines, text.") { _, _ in
            try poems("song100.u8")
        }
        ToyProblems.install(m)
        return m
    }
}
