// TensorBench: times Tensor kernels for bench/tensor/run_bench.py, one JSON line per case.
// Each case reports the best of several runs in seconds; `sgemm_raw` calls OpenBLAS directly.
import COpenBLAS
import Dispatch
import Tensor

func best(_ reps: Int, _ body: () throws -> Void) rethrows -> Double {
    var bestTime = Double.infinity
    for _ in 0..<reps {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        let t1 = DispatchTime.now().uptimeNanoseconds
        bestTime = min(bestTime, Double(t1 - t0) / 1e9)
    }
    return bestTime
}

func report(_ name: String, _ seconds: Double) {
    print("{\"case\": \"\(name)\", \"seconds\": \(seconds)}")
}

let n = 10_000_000
var rs = try RandomState(seed: 0)
let base = try rs.randomSample([n])
for dt in [DType.float32, .float64] {
    let a = try base.astype(dt), b = try (base * .pythonScalar(0.5)).astype(dt)
    var sink = 0.0
    report("add_\(dt)", try best(15) { let c = try a + b; sink += c.strides.count == 1 ? 0 : 1 })
    report("multiply_\(dt)", try best(15) { let c = try a * b; sink += c.strides.count == 1 ? 0 : 1 })
    report("exp_\(dt)", try best(15) { let c = try NDArray.unary(.exp, a); sink += c.strides.count == 1 ? 0 : 1 })
    report("sum_\(dt)", try best(15) { sink += try a.sum().doubles[0] })
    if sink.isNaN { print(sink) }
}

// per-call overhead on small arrays (seconds per call, best of 20 batches of 1000 calls)
func perCall(_ body: () throws -> Void) rethrows -> Double {
    try best(20) { for _ in 0..<1000 { try body() } } / 1000
}
let s1 = try NDArray.ones([1000]), s2 = try NDArray.ones([1000]), s30 = try NDArray.ones([30, 30])
report("small_add_1000", try perCall { _ = try s1 + s2 })
report("small_exp_1000", try perCall { _ = try NDArray.unary(.exp, s1) })
report("small_sum_1000", try perCall { _ = try s1.sum() })
report("small_getitem", try perCall { _ = try s30[[.int(1), .slice(start: 2, stop: nil, step: 2)]] })
report("small_matmul_30", try perCall { _ = try NDArray.matmul(s30, s30) })

let m = 1024
let x = try rs.randomSample([m, m]).astype(.float32), y = try rs.randomSample([m, m]).astype(.float32)
report("matmul_float32_1024", try best(10) { _ = try NDArray.matmul(x, y) })
let xs = x.elements(as: Float.self), ys = y.elements(as: Float.self)
var zs = [Float](repeating: 0, count: m * m)
let raw = best(10) {
    xs.withUnsafeBufferPointer { xp in
        ys.withUnsafeBufferPointer { yp in
            zs.withUnsafeMutableBufferPointer { zp in
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(m), Int32(m), 1,
                            xp.baseAddress, Int32(m), yp.baseAddress, Int32(m), 0, zp.baseAddress, Int32(m))
            }
        }
    }
}
report("sgemm_raw_1024", raw)
