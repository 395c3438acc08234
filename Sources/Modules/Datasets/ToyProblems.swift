import Foundation
import Language
import Tensor

/// The toy problems of a first neural-network class, each drawn from NumPy's
/// `default_rng(seed)` so a seed gives the same points on every machine: `(X, y)` with X
/// float64 of shape (n, 2) (the line: (n, 1)) and y int64 labels (the line: float64 targets).
enum ToyProblems {
    /// A seeded `numpy.random.Generator`, called through the interpreter.
    struct Draw {
        let interp: Interpreter
        let rng: Value

        init(_ interp: Interpreter, seed: Value) throws {
            self.interp = interp
            let random = try interp.importModule("numpy.random")
            rng = try interp.call(random["default_rng"] ?? .none, seed)
        }

        private func values(_ method: String, _ args: [Value]) throws -> [Double] {
            let v = try interp.callMethod(rng, Symbol(method), Arguments(args))
            return try NumPyBridge.toArray(v, dtype: nil, interp).astype(.float64).contiguous().elements(as: Double.self)
        }

        func normal(_ n: Int, scale: Double = 1) throws -> [Double] { try values("normal", [.float(0), .float(scale), .int(n)]) }
        func uniform(_ n: Int, _ low: Double, _ high: Double) throws -> [Double] { try values("uniform", [.float(low), .float(high), .int(n)]) }
        func permutation(_ n: Int) throws -> [Int] { try values("permutation", [.int(n)]).map { Int($0) } }
    }

    static func result(_ points: [(Double, Double)], _ labels: [Int], shuffle: [Int]? = nil) throws -> Value {
        let order = shuffle ?? Array(points.indices)
        var x: [Double] = [], y: [Int64] = []
        for i in order {
            x += [points[i].0, points[i].1]
            y.append(Int64(labels[i]))
        }
        return .tuple([NumPyBridge.wrapArray(try NDArray(x, shape: [points.count, 2])), NumPyBridge.wrapArray(try NDArray(y, shape: [y.count]))])
    }

    /// Each point moved by two draws of Gaussian noise.
    static func jitter(_ points: [(Double, Double)], _ e: [Double]) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        for (i, p) in points.enumerated() { out.append((p.0 + e[2 * i], p.1 + e[2 * i + 1])) }
        return out
    }

    static func define(_ m: PyModule, _ signature: String, _ doc: String, _ body: @escaping (Interpreter, BoundArguments, Draw) throws -> Value) {
        let sig = Signature(signature)
        m.define(sig.functionName, doc: "\(signature): \(doc)") { interp, args in
            let b = try sig.bind(args)
            let n = try b.optional("n_samples").map { try interp.toInt($0) } ?? 1
            guard n > 0 else { throw PyError.value("n_samples must be a positive integer, got \(n)") }
            // An omitted seed is the documented default 0 (seed=None asks for fresh randomness).
            return try body(interp, b, try Draw(interp, seed: b["seed"] ?? .int(0)))
        }
    }

    static func install(_ m: PyModule) {
        define(m, "make_xor(n_samples=200, noise=0.1, seed=0)",
               "points uniform in [-1, 1]², labelled 1 where exactly one coordinate is positive, then jittered by Gaussian noise.") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(200)), noise = try interp.toDouble(b["noise"] ?? .float(0.1))
            let u = try draw.uniform(2 * n, -1, 1), e = try draw.normal(2 * n, scale: noise)
            var points: [(Double, Double)] = [], labels: [Int] = []
            for i in 0..<n {
                labels.append((u[2 * i] > 0) != (u[2 * i + 1] > 0) ? 1 : 0)
                points.append((u[2 * i], u[2 * i + 1]))
            }
            return try result(jitter(points, e), labels)
        }
        define(m, "make_moons(n_samples=200, noise=0.1, seed=0)",
               "two interleaving half circles (as scikit-learn draws them), Gaussian noise, shuffled.") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(200)), noise = try interp.toDouble(b["noise"] ?? .float(0.1))
            let outer = n / 2, inner = n - outer
            var points: [(Double, Double)] = [], labels: [Int] = []
            for i in 0..<outer {
                let t = Double.pi * Double(i) / Double(Swift.max(outer - 1, 1))
                points.append((cos(t), sin(t))); labels.append(0)
            }
            for i in 0..<inner {
                let t = Double.pi * Double(i) / Double(Swift.max(inner - 1, 1))
                points.append((1 - cos(t), 1 - sin(t) - 0.5)); labels.append(1)
            }
            let e = try draw.normal(2 * n, scale: noise)
            return try result(jitter(points, e), labels, shuffle: try draw.permutation(n))
        }
        define(m, "make_circles(n_samples=200, noise=0.05, factor=0.5, seed=0)",
               "a circle of radius 1 (label 0) around one of radius `factor` (label 1), Gaussian noise, shuffled.") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(200)), noise = try interp.toDouble(b["noise"] ?? .float(0.05))
            let factor = try interp.toDouble(b["factor"] ?? .float(0.5))
            guard factor > 0 && factor < 1 else { throw PyError.value("'factor' has to be between 0 and 1.") }
            let outer = n / 2, inner = n - outer
            var points: [(Double, Double)] = [], labels: [Int] = []
            for i in 0..<outer { let t = 2 * Double.pi * Double(i) / Double(outer); points.append((cos(t), sin(t))); labels.append(0) }
            for i in 0..<inner { let t = 2 * Double.pi * Double(i) / Double(inner); points.append((factor * cos(t), factor * sin(t))); labels.append(1) }
            let e = try draw.normal(2 * n, scale: noise)
            return try result(jitter(points, e), labels, shuffle: try draw.permutation(n))
        }
        define(m, "make_spirals(n_samples=300, classes=3, noise=0.2, seed=0)",
               "`classes` arms of a spiral (CS231n's), n_samples/classes points each, angles jittered by Gaussian noise.") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(300)), classes = try interp.toInt(b["classes"] ?? .int(3))
            let noise = try interp.toDouble(b["noise"] ?? .float(0.2))
            guard classes > 0 else { throw PyError.value("classes must be positive, got \(classes)") }
            let per = n / classes
            let e = try draw.normal(per * classes, scale: noise)
            var points: [(Double, Double)] = [], labels: [Int] = []
            for c in 0..<classes {
                for i in 0..<per {
                    let r = Double(i) / Double(Swift.max(per - 1, 1))
                    let t = Double(c) * 4 + 4 * r + e[c * per + i]
                    points.append((r * sin(t), r * cos(t))); labels.append(c)
                }
            }
            return try result(points, labels)
        }
        define(m, "make_blobs(n_samples=300, centers=3, cluster_std=1.0, seed=0)",
               "Gaussian blobs of std `cluster_std` around `centers` centres drawn uniformly in [-10, 10]², as scikit-learn does.") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(300)), k = try interp.toInt(b["centers"] ?? .int(3))
            let std = try interp.toDouble(b["cluster_std"] ?? .float(1))
            guard k > 0 else { throw PyError.value("centers must be positive, got \(k)") }
            let centres = try draw.uniform(2 * k, -10, 10), e = try draw.normal(2 * n, scale: std)
            let labels: [Int] = (0..<n).map { $0 % k }
            let points: [(Double, Double)] = labels.map { (centres[2 * $0], centres[2 * $0 + 1]) }
            return try result(jitter(points, e), labels, shuffle: try draw.permutation(n))
        }
        define(m, "make_line(n_samples=100, slope=2.0, intercept=1.0, noise=1.0, seed=0)",
               "x uniform in [0, 10), y = slope·x + intercept + Gaussian noise: X of shape (n, 1) and y of shape (n,).") { interp, b, draw in
            let n = try interp.toInt(b["n_samples"] ?? .int(100))
            let slope = try interp.toDouble(b["slope"] ?? .float(2)), intercept = try interp.toDouble(b["intercept"] ?? .float(1))
            let x = try draw.uniform(n, 0, 10), e = try draw.normal(n, scale: try interp.toDouble(b["noise"] ?? .float(1)))
            var y: [Double] = []
            for i in 0..<n { y.append(slope * x[i] + intercept + e[i]) }
            return .tuple([NumPyBridge.wrapArray(try NDArray(x, shape: [n, 1])), NumPyBridge.wrapArray(try NDArray(y, shape: [n]))])
        }
    }
}
