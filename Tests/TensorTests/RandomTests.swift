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

    func testGeneratorNormalIsDeterministic() throws {
        var g1 = try Generator(seed: 1), g2 = try Generator(seed: 1)
        XCTAssertEqual(try g1.standardNormal([10]).doubles, try g2.standardNormal([10]).doubles)
    }
}
