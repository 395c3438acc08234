import Language

/// `import gc`: the cycle collector's interface (Language/Runtime/GarbageCollector.swift).
enum GcModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "gc", doc: "Interface to the cycle collector: collect(), enable(), disable(), thresholds.")
        m.define("collect", doc: "collect(generation=2) -> the number of unreachable objects found.") { interp, args in
            let g = try (args.positional.first ?? args.keyword("generation")).map { try interp.toInt($0) } ?? 2
            guard (0...2).contains(g) else { throw PyError.value("invalid generation") }
            return .int(GarbageCollector.collect(generation: g))
        }
        m.define("enable") { _, _ in GarbageCollector.isEnabled = true; return .none }
        m.define("disable") { _, _ in GarbageCollector.isEnabled = false; return .none }
        m.define("isenabled") { _, _ in .bool(GarbageCollector.isEnabled) }
        m.define("get_count") { _, _ in
            let c = GarbageCollector.counts
            return .tuple([.int(c.0), .int(c.1), .int(c.2)])
        }
        m.define("get_threshold") { _, _ in
            let t = GarbageCollector.thresholds
            return .tuple([.int(t.0), .int(t.1), .int(t.2)])
        }
        m.define("set_threshold", doc: "set_threshold(threshold0[, threshold1[, threshold2]])") { interp, args in
            guard (1...3).contains(args.count) else {
                throw PyError.type("set_threshold() takes from 1 to 3 positional arguments but \(args.count) were given")
            }
            let values = try args.positional.map { try interp.toInt($0) }
            var t = GarbageCollector.thresholds
            t.0 = values[0]
            if values.count > 1 { t.1 = values[1] }
            if values.count > 2 { t.2 = values[2] }
            GarbageCollector.thresholds = t
            return .none
        }
        m.define("is_tracked") { _, args in
            guard case .object(let o) = try args[0] else { return .bool(false) }
            return .bool(GarbageCollector.isTracked(o))
        }
        m.define("get_objects", doc: "get_objects(generation=None) -> the objects the collector tracks.") { interp, args in
            let g = try (args.positional.first ?? args.keyword("generation")).flatMap { $0.isNone ? nil : try interp.toInt($0) }
            if let g, !(0...2).contains(g) { throw PyError.value("generation parameter must be less than the number of available generations (3)") }
            return .list(GarbageCollector.trackedObjects(generation: g).map { .object($0) })
        }
        m.define("get_stats") { _, _ in
            .list(GarbageCollector.stats.map { s in
                let d = PyDict()
                d[HashKey.string("collections")] = .int(s.collections)
                d[HashKey.string("collected")] = .int(s.collected)
                d[HashKey.string("uncollectable")] = .int(0)
                return .object(d)
            })
        }
        m.define("get_referents") { _, args in
            var found: [Value] = []
            for v in args.positional {
                if case .object(let o) = v { o.visitReferences { found.append(.object($0)) } }
            }
            return .list(found)
        }
        m["garbage"] = .list([])
        m["callbacks"] = .list([])
        return m
    }
}
