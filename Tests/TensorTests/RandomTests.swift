import XCTest
@testable import Tensor

/// RandomState (MT19937) and default_rng (PCG64) streams bit for bit against NumPy.
final class RandomTests: XCTestCase {
    func produce(_ name: String) throws -> NDArray {
        switch name {
        case "seed0_random": var r = try RandomState(seed: 0); return try r.randomSample([5])
        case "seed0_randint": var r = try RandomState(seed: 0); return try r.randint(0, 10, shape: [5])
        case "seed42_randn": var r = try RandomState(seed: 42); return try r.standardNormal([7])
        case "seed42_normal": var r = try RandomState(seed: 42); return try r.normal(3, 2, shape: [5])
        case "seed7_uniform": var r = try RandomState(seed: 7); return try r.uniform(-1, 5, shape: [5])
        case "seed7_randint_big": var r = try RandomState(seed: 7); return try r.randint(-(1 << 40), 1 << 40, shape: [4])
        case "seed1_perm": var r = try RandomState(seed: 1); return try r.permutation(12)
        case "seed1_choice": var r = try RandomState(seed: 1); return try r.choice(10, shape: [6])
        case "seed2_choice_p": var r = try RandomState(seed: 2); return try r.choice(4, shape: [6], p: [0.1, 0.2, 0.3, 0.4])
        case "seed2_choice_norep": var r = try RandomState(seed: 2); return try r.choice(10, shape: [5], replace: false)
        case "seed3_choice_norep_p": var r = try RandomState(seed: 3); return try r.choice(5, shape: [3], replace: false, p: [0.1, 0.2, 0.3, 0.2, 0.2])
        case "seed3_shuffle":
            var r = try RandomState(seed: 3)
            let z = try NDArray.arange(10)
            try r.shuffle(z)
            return z
        case "seed4_mixed":
            var r = try RandomState(seed: 4)
            return try NDArray.concatenate([r.standardNormal([3]), r.randomSample([2]), r.standardNormal([1])])
        case "seed5_shuffle_rows":
            var r = try RandomState(seed: 5)
            let z = try NDArray.arange(12).reshape([4, 3])
            try r.shuffle(z)
            return z
        case "seed6_perm_rows": var r = try RandomState(seed: 6); return try r.permutation(NDArray.arange(10).reshape([5, 2]))
        case "seed8_randint_low_only": var r = try RandomState(seed: 8); return try r.randint(7, shape: [6])
        case "seed9_rand_shape": var r = try RandomState(seed: 9); return try r.randomSample([2, 3])
        case "rng3_uniform": var g = try Generator(seed: 3); return try g.uniform(-2, 3, shape: [4])
        case "rng42_random": var g = try Generator(seed: 42); return try g.random([5])
        case "rng42_integers": var g = try Generator(seed: 42); return try g.integers(0, 100, shape: [6])
        case "rng123_integers_big": var g = try Generator(seed: 123); return try g.integers(0, 1 << 40, shape: [3])
        case "rng9_perm": var g = try Generator(seed: 9); return try g.permutation(10)
        case "rng_bigseed_random": var g = try Generator(seed: (1 << 40) + 5); return try g.random([3])
        case "rng11_normal_ziggurat": var g = try Generator(seed: 11); return try g.standardNormal([2000])
        case "rng11_normal_loc_scale": var g = try Generator(seed: 11); return try g.normal(5, 0.5, shape: [50])
        case "rng5_choice_p": var g = try Generator(seed: 5); return try g.choice(4, shape: [20], p: [0.1, 0.2, 0.3, 0.4])
        case "rng5_choice_floyd": var g = try Generator(seed: 5); return try g.choice(50, shape: [10], replace: false)
        case "rng5_choice_tail": var g = try Generator(seed: 5); return try g.choice(20000, shape: [500], replace: false)
        case "rng6_integers_endpoint": var g = try Generator(seed: 6); return try g.integers(1, 6, shape: [12], endpoint: true)
        default: throw TensorError.value("no twin for \(name)")
        }
    }

    func testStreamsAreBitIdenticalToNumPy() throws {
        let cases = Expected.cases(kind: "random")
        XCTAssertGreaterThan(cases.count, 15)
        for c in cases {
            let name = c["name"] as? String ?? ""
            assertClose(try produce(name), try Expected.array(c["expected"]), rtol: 0, atol: 0, name)
        }
    }

    func testSeedRange() {
        XCTAssertThrowsError(try RandomState(seed: -1))
        XCTAssertThrowsError(try RandomState(seed: 1 << 32))
    }

    func testZigguratTablesAreConsistent() {
        let z = ZigguratTables.self
        XCTAssertEqual(z.k.count, 256); XCTAssertEqual(z.w.count, 256); XCTAssertEqual(z.f.count, 256)
        XCTAssertEqual(z.f[0], 1)                         // the density at x = 0
        XCTAssertEqual(z.w[255] * 0x1p52, z.tailStart)    // the top layer ends where the tail starts
        for i in 2..<256 { XCTAssertLessThan(z.w[i - 1], z.w[i]) ; XCTAssertGreaterThan(z.f[i - 1], z.f[i]) }
    }

    func testGeneratorChoiceErrors() throws {
        var g = try Generator(seed: 0)
        XCTAssertThrowsError(try g.choice(3, shape: [5], replace: false))
        XCTAssertThrowsError(try g.choice(3, shape: [2], p: [0.5, 0.6, 0.1]))
        XCTAssertThrowsError(try g.choice(0, shape: [1]))
    }
}
