import Language
import Tensor

/// Statistics: quantiles, histograms, covariance and the NaN-ignoring reductions.
extension NumPyModule {
    static func installStatistics(_ m: PyModule) {
        func arr(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> NDArray {
            try NumPyBridge.toArray(b[name] ?? .none, dtype: nil, interp)
        }
        func flag(_ b: BoundArguments, _ name: String, _ interp: Interpreter) throws -> Bool {
            try b[name].map { try interp.isTruthy($0) } ?? false
        }
        func singleAxis(_ b: BoundArguments, _ interp: Interpreter, _ name: String) throws -> Int? {
            guard let axes = try NumPyBridge.axes(b["axis"], interp) else { return nil }
            guard axes.count == 1 else { throw PyError.notImplemented("\(name)(axis=tuple) is not supported; pass one axis or None") }
            return axes[0]
        }
        func method(_ b: BoundArguments, _ interp: Interpreter, _ name: String) throws -> QuantileMethod {
            let text = try b["method"].map { try interp.toStringValue($0) } ?? "linear"
            if let method = QuantileMethod(rawValue: text) { return method }
            let numpyMethods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
                                "hazen", "weibull", "median_unbiased", "normal_unbiased"]
            if numpyMethods.contains(text) {
                throw PyError.notImplemented("\(name)(method='\(text)') is not supported in Cellgrad; use 'linear' (the default), 'lower', 'higher', 'midpoint' or 'nearest'")
            }
            let all = (["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
                        "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"])
            throw PyError.value("'\(text)' is not a valid method. Use one of: dict_keys([\(all.map { "'\($0)'" }.joined(separator: ", "))])")
        }
        let quantiles: [(String, Double, String, Bool)] = [
            ("quantile", 1, "Quantiles must be in the range [0, 1]", false),
            ("percentile", 100, "Percentiles must be in the range [0, 100]", false),
            ("nanquantile", 1, "Quantiles must be in the range [0, 1]", true),
            ("nanpercentile", 100, "Percentiles must be in the range [0, 100]", true),
        ]
        for (name, scale, message, ignoreNaN) in quantiles {
            let unit = scale == 1 ? "in [0, 1]" : "in [0, 100]"
            function(m, "\(name)(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False)",
                     doc: "\(name)(a, q, axis=None, method='linear', keepdims=False)\n\nThe q-th \(scale == 1 ? "quantile" : "percentile") (q \(unit), a number or an array) of the data along an axis\(ignoreNaN ? ", ignoring NaNs" : ""), interpolating linearly between the two nearest sorted values by default.\n\n>>> np.\(name)([1, 2, 3, 4], \(scale == 1 ? "0.5" : "50"))\nnp.float64(2.5)") { interp, b in
                if b.optional("out") != nil { throw PyError.notImplemented("\(name)(out=...) is not supported") }
                let a = try arr(b, "a", interp)
                var q = try NumPyBridge.toArray(b["q"] ?? .none, dtype: .float64, interp)
                if scale != 1 { q = try NDArray.binary(.trueDivide, q, .pythonScalar(scale)) }
                return NumPyBridge.wrap(try a.quantile(q, axis: try singleAxis(b, interp, name), method: try method(b, interp, name),
                                                       keepdims: try flag(b, "keepdims", interp), ignoreNaN: ignoreNaN, rangeMessage: message))
            }
        }
        function(m, "nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False)",
                 doc: "nanmedian(a, axis=None, keepdims=False)\n\nThe median along an axis, ignoring NaNs (NaN for an all-NaN slice).\n\n>>> np.nanmedian([1.0, np.nan, 3.0])\nnp.float64(2.0)") { interp, b in
            NumPyBridge.wrap(try arr(b, "a", interp).nanMedian(axis: try singleAxis(b, interp, "nanmedian"), keepdims: try flag(b, "keepdims", interp)))
        }
        let nanSums: [(String, String, (NDArray, [Int]?, Bool) throws -> NDArray)] = [
            ("nansum", "The sum treating NaNs as zero.\n\n>>> np.nansum([1.0, np.nan, 2.0])\nnp.float64(3.0)", { try $0.nanSum(axes: $1, keepdims: $2) }),
            ("nanmean", "The mean of the non-NaN values (NaN for an all-NaN slice).\n\n>>> np.nanmean([1.0, np.nan, 3.0])\nnp.float64(2.0)", { try $0.nanMean(axes: $1, keepdims: $2) }),
            ("nanmax", "The maximum ignoring NaNs (NaN for an all-NaN slice).\n\n>>> np.nanmax([1.0, np.nan, 3.0])\nnp.float64(3.0)", { try $0.nanExtreme(max: true, axes: $1, keepdims: $2) }),
            ("nanmin", "The minimum ignoring NaNs (NaN for an all-NaN slice).\n\n>>> np.nanmin([1.0, np.nan, 3.0])\nnp.float64(1.0)", { try $0.nanExtreme(max: false, axes: $1, keepdims: $2) }),
        ]
        for (name, doc, f) in nanSums {
            function(m, "\(name)(a, axis=None, dtype=None, out=None, keepdims=False)", doc: "\(name)(a, axis=None, keepdims=False)\n\n" + doc) { interp, b in
                if b.optional("out") != nil { throw PyError.notImplemented("\(name)(out=...) is not supported") }
                var a = try arr(b, "a", interp)
                if let d = try NumPyBridge.dtype(b["dtype"]) { a = try NumPyBridge.call { try a.astype(d) } }
                return NumPyBridge.wrap(try f(a, try NumPyBridge.axes(b["axis"], interp), try flag(b, "keepdims", interp)))
            }
        }
        for (name, isStd) in [("nanvar", false), ("nanstd", true)] {
            function(m, "\(name)(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False)",
                     doc: "\(name)(a, axis=None, ddof=0, keepdims=False)\n\nThe \(isStd ? "standard deviation" : "variance") of the non-NaN values, dividing by (count - ddof).\n\n>>> np.\(name)([1.0, np.nan, 3.0])\nnp.float64(\(isStd ? "1.0" : "1.0"))") { interp, b in
                let a = try arr(b, "a", interp)
                let axes = try NumPyBridge.axes(b["axis"], interp), ddof = try b["ddof"].map { try interp.toInt($0) } ?? 0
                let keep = try flag(b, "keepdims", interp)
                return NumPyBridge.wrap(isStd ? try a.nanStd(axes: axes, ddof: ddof, keepdims: keep) : try a.nanVariance(axes: axes, ddof: ddof, keepdims: keep))
            }
        }
        for (name, isMax) in [("nanargmax", true), ("nanargmin", false)] {
            function(m, "\(name)(a, axis=None, out=None, *, keepdims=False)",
                     doc: "\(name)(a, axis=None, keepdims=False)\n\nThe index of the \(isMax ? "largest" : "smallest") value ignoring NaNs; ValueError for an all-NaN slice.\n\n>>> np.\(name)([np.nan, 2.0, 1.0])\nnp.int64(\(isMax ? 1 : 2))") { interp, b in
                NumPyBridge.wrap(try arr(b, "a", interp).nanArgExtreme(max: isMax, axis: try b.optional("axis").map { try interp.toInt($0) },
                                                                      keepdims: try flag(b, "keepdims", interp)))
            }
        }
        function(m, "histogram(a, bins=10, range=None, density=None, weights=None)",
                 doc: "histogram(a, bins=10, range=None, density=None, weights=None)\n\nCounts of the data in bins: `bins` equal-width bins over `range` (default: min to max), or the bin edges themselves. Returns (hist, bin_edges); density=True divides by the total and the bin widths so the histogram integrates to 1.\n\n>>> np.histogram([1, 2, 2, 3, 9], bins=4)\n(array([3, 1, 0, 1]), array([1., 3., 5., 7., 9.]))") { interp, b in
            let a = try arr(b, "a", interp)
            let bins: HistogramBins
            switch b["bins"] ?? .int(10) {
            case .int(let n): bins = .count(n)
            case let v:
                if v.asString != nil { throw PyError.notImplemented("histogram(bins='\(v.asString ?? "")') (automatic bin estimators) is not supported; pass a number of bins or the edges") }
                let edges = try NumPyBridge.toArray(v, dtype: nil, interp)
                if edges.ndim == 0 {
                    guard edges.dtype == .int64 else { throw PyError.type("`bins` must be an integer, a string, or an array") }
                    bins = .count(Int(edges.doubles[0]))
                } else {
                    guard edges.ndim == 1 else { throw PyError.value("`bins` must be 1d, when an array") }
                    bins = .edges(edges)
                }
            }
            var range: (Double, Double)? = nil
            if let r = b.optional("range") {
                let pair = try interp.iterateToArray(r)
                guard pair.count == 2 else { throw PyError.value("too many values to unpack (expected 2)") }
                range = (try interp.toDouble(pair[0]), try interp.toDouble(pair[1]))
            }
            let weights = try b.optional("weights").map { try NumPyBridge.toArray($0, dtype: nil, interp) }
            let (hist, edges) = try a.histogram(bins: bins, range: range, weights: weights,
                                                density: try b.optional("density").map { try interp.isTruthy($0) } ?? false)
            return .tuple([NumPyBridge.wrapArray(hist), NumPyBridge.wrapArray(edges)])
        }
        function(m, "digitize(x, bins, right=False)",
                 doc: "digitize(x, bins, right=False)\n\nThe index of the bin each value falls in, for monotonic `bins`: i such that bins[i-1] <= x < bins[i] (right=True: bins[i-1] < x <= bins[i]).\n\n>>> np.digitize([0.5, 1.5, 2.5], [1, 2])\narray([0, 1, 2])") { interp, b in
            NumPyBridge.wrap(try arr(b, "x", interp).digitize(try arr(b, "bins", interp), right: try flag(b, "right", interp)))
        }
        function(m, "cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None)",
                 doc: "cov(m, y=None, rowvar=True, bias=False, ddof=None)\n\nThe covariance matrix of the variables in the rows of `m` (columns when rowvar=False), with y's variables appended; divides by n - 1 (n with bias=True, n - ddof when given).\n\n>>> np.cov([[1, 2, 3], [2, 4, 7]])\narray([[1.        , 2.5       ],\n       [2.5       , 6.33333333]])") { interp, b in
            if b.optional("fweights") != nil || b.optional("aweights") != nil {
                throw PyError.notImplemented("cov(fweights=..., aweights=...) is not supported")
            }
            let y = try b.optional("y").map { try NumPyBridge.toArray($0, dtype: nil, interp) }
            let rowvar = try b["rowvar"].map { try interp.isTruthy($0) } ?? true
            return NumPyBridge.wrapArray(try NDArray.cov(try arr(b, "m", interp), y, rowvar: rowvar, bias: try flag(b, "bias", interp),
                                                    ddof: try b.optional("ddof").map { try interp.toInt($0) }))
        }
        function(m, "corrcoef(x, y=None, rowvar=True, *, dtype=None)",
                 doc: "corrcoef(x, y=None, rowvar=True)\n\nPearson correlation coefficients of the variables in the rows of `x` (columns when rowvar=False).\n\n>>> np.corrcoef([1, 2, 3], [2, 4, 7])\narray([[1.        , 0.99339927],\n       [0.99339927, 1.        ]])") { interp, b in
            let y = try b.optional("y").map { try NumPyBridge.toArray($0, dtype: nil, interp) }
            return NumPyBridge.wrapArray(try NDArray.corrcoef(try arr(b, "x", interp), y, rowvar: try b["rowvar"].map { try interp.isTruthy($0) } ?? true))
        }
    }
}
