/// The cycle collector: frees groups of objects that only reference each other, which
/// reference counting alone never frees (`self.it = self.batches()`, a node and its parent, a
/// recursive inner function). CPython's algorithm (Modules/gcmodule.c), over Swift's counts:
///
/// - Container objects (lists, dicts, sets, tuples, cells, functions, generators, bound
///   methods, instances of cell-defined classes) are *tracked*: listed in one of three
///   generations. Allocating one counts toward `thresholds.0`; past it the youngest generation
///   is collected, and every `thresholds.1` such collections the next one, as in CPython.
/// - Trial deletion: for each tracked object of the generations collected, start from its
///   reference count (Swift's, read with `swift_retainCount`) and subtract one for each
///   reference from another object of those generations (`visitReferences`). What remains is
///   held from outside: locals of running native code, older generations, untracked objects,
///   a generator's suspended stack. Everything reachable from those survives; the rest is
///   garbage.
/// - Garbage is finalized once (PEP 442): weak references are cleared and their callbacks run,
///   `__del__` runs, suspended generators are closed (their `finally` blocks run). If that made
///   any of it reachable again, it all survives this time; otherwise each object drops its
///   references (`clearReferences`) and reference counting frees the lot.
///
/// Correctness rests on one rule: `visitReferences` reports a reference only if the object
/// holds it counted, once per count. Storage shared copy-on-write (two lists sharing one Swift
/// array buffer) is made unique first, so each report is one count. A reference not reported
/// only makes its target look externally held, which is safe.
public enum GarbageCollector {
    /// The tracked objects of each generation in the order they joined it, unretained. An
    /// object knows its place (`gcIndex`), so its deinit leaves a hole there in O(1); holes
    /// are squeezed out when collecting, or when they outnumber the objects. (Keeping the
    /// order keeps CPython's order of `__del__` calls and weak reference callbacks.)
    nonisolated(unsafe) static var generations: [[Unmanaged<PyObject>?]] = [[], [], []]
    nonisolated(unsafe) static var holes = [0, 0, 0]
    /// Allocations of tracked objects minus deallocations since the youngest generation was
    /// collected, and collections of each generation since the next older one was.
    nonisolated(unsafe) public static var counts = (0, 0, 0)
    nonisolated(unsafe) public static var thresholds = (700, 10, 10)
    nonisolated(unsafe) public static var isEnabled = true
    nonisolated(unsafe) public private(set) static var isCollecting = false
    /// CPython's guard against quadratic full collections: objects that survived a
    /// collection of the middle generation since the last full one, and the oldest
    /// generation's size after it.
    nonisolated(unsafe) static var longLivedPending = 0
    nonisolated(unsafe) static var longLivedTotal = 0
    /// Runs `__del__` on a collected object; installed by the interpreter, which knows how.
    nonisolated(unsafe) static var finalizer: ((PyObject) -> Void)?
    /// Statistics for `gc.get_stats()`: collections, collected, uncollectable per generation.
    nonisolated(unsafe) public static var stats: [(collections: Int, collected: Int)] = [(0, 0), (0, 0), (0, 0)]

    static let untracked: Int32 = -1
    /// The generation mark of objects being examined outside the generation lists.
    private static let examined: UInt8 = 255

    /// Lists a new container object in the youngest generation.
    @inline(__always)
    public static func track(_ object: PyObject) {
        object.gcGeneration = 0
        object.gcIndex = Int32(truncatingIfNeeded: generations[0].count)
        generations[0].append(Unmanaged.passUnretained(object))
        counts.0 += 1
        if counts.0 > thresholds.0, isEnabled, !isCollecting, thresholds.0 > 0 { collectAutomatically() }
    }

    public static func isTracked(_ object: PyObject) -> Bool { object.gcIndex != untracked }

    /// Removes an object from its generation (its deinit, or a collection moving it).
    @inline(__always)
    static func untrack(_ object: PyObject) {
        let g = Int(object.gcGeneration), i = Int(object.gcIndex)
        object.gcIndex = untracked
        guard g < 3 else { return }
        generations[g][i] = nil
        holes[g] += 1
        if holes[g] > 4096, holes[g] > generations[g].count / 2 { compact(g) }
        if g == 0, counts.0 > 0 { counts.0 -= 1 }
    }

    /// Removes the holes of generation `g`, keeping the order.
    private static func compact(_ g: Int) {
        var kept: [Unmanaged<PyObject>?] = []
        kept.reserveCapacity(generations[g].count - holes[g])
        for case let object? in generations[g] {
            object._withUnsafeGuaranteedRef { $0.gcIndex = Int32(truncatingIfNeeded: kept.count) }
            kept.append(object)
        }
        generations[g] = kept
        holes[g] = 0
    }

    /// The youngest generation past its threshold: collects it, or an older one whose
    /// count is past its own threshold.
    static func collectAutomatically() {
        if counts.2 > thresholds.2, longLivedPending > longLivedTotal / 4 {
            collect(generation: 2)
        } else if counts.1 > thresholds.1 {
            collect(generation: 1)
        } else {
            collect(generation: 0)
        }
    }

    /// Collects generations 0 through `generation`; returns how many unreachable objects it
    /// found (freed, or kept alive again by their finalizers).
    @discardableResult
    public static func collect(generation: Int = 2) -> Int {
        guard !isCollecting else { return 0 }
        isCollecting = true
        defer { isCollecting = false }
        let g = min(max(generation, 0), 2)
        // The younger generations join the one collected.
        for younger in 0..<g {
            for case let object? in generations[younger] {
                object._withUnsafeGuaranteedRef { o in
                    o.gcGeneration = UInt8(g)
                    o.gcIndex = Int32(truncatingIfNeeded: generations[g].count)
                }
                generations[g].append(object)
            }
            generations[younger].removeAll(keepingCapacity: true)
            holes[younger] = 0
        }
        switch g {
        case 0: counts.0 = 0; counts.1 += 1
        case 1: counts.0 = 0; counts.1 = 0; counts.2 += 1
        default: counts = (0, 0, 0)
        }

        compact(g)
        let objects = generations[g].map { $0! }
        let reachable = findReachable(objects, mark: UInt8(g), baseline: 0)
        var garbage: [PyObject] = []
        var survivors: [Unmanaged<PyObject>] = []
        survivors.reserveCapacity(objects.count)
        for (i, object) in objects.enumerated() {
            if reachable[i] { survivors.append(object) } else { garbage.append(object.takeUnretainedValue()) }
        }
        // Survivors move one generation up; the garbage leaves the lists.
        let older = min(g + 1, 2)
        generations[g].removeAll(keepingCapacity: g == 0)
        holes[g] = 0
        for object in survivors {
            object._withUnsafeGuaranteedRef { o in
                o.gcGeneration = UInt8(older)
                o.gcIndex = Int32(truncatingIfNeeded: generations[older].count)
            }
            generations[older].append(object)
        }
        if g == 1 { longLivedPending += survivors.count }
        if g == 2 { longLivedPending = 0; longLivedTotal = generations[2].count; CoroutineStacks.trim() }
        for object in garbage { object.gcIndex = untracked; object.gcGeneration = examined }
        let found = garbage.count
        stats[g].collections += 1
        stats[g].collected += found
        if garbage.isEmpty { return 0 }

        if finalize(garbage) && isResurrected(garbage) {
            // A finalizer made some of it reachable again: all of it stays, finalized, and a
            // later collection frees what is still garbage then.
            for object in garbage { retrack(object) }
            return found
        }
        for object in garbage { object.clearReferences() }
        garbage.removeAll()
        return found
    }

    /// Trial deletion over `objects`, whose members carry `mark` as their generation and
    /// their position as `gcIndex`: which are reachable from outside the set. `baseline` is
    /// the number of references the caller itself holds to each object.
    private static func findReachable(_ objects: [Unmanaged<PyObject>], mark: UInt8, baseline: Int) -> [Bool] {
        var refs = [Int](repeating: 0, count: objects.count)
        refs.withUnsafeMutableBufferPointer { refs in
            for (i, object) in objects.enumerated() {
                refs[i] = swift_retainCount(object.toOpaque()) - baseline
            }
            for object in objects {
                object._withUnsafeGuaranteedRef { o in
                    o.visitReferences { target in
                        if target.gcGeneration == mark, target.gcIndex >= 0 { refs[Int(target.gcIndex)] -= 1 }
                    }
                }
            }
        }
        var reachable = [Bool](repeating: false, count: objects.count)
        var pending: [Int] = []
        // A count below zero means a reference was reported that is not counted: the object
        // is kept, never freed on a wrong count.
        for i in refs.indices where refs[i] != 0 {
            reachable[i] = true
            pending.append(i)
        }
        while let i = pending.popLast() {
            objects[i]._withUnsafeGuaranteedRef { o in
                o.visitReferences { target in
                    guard target.gcGeneration == mark, target.gcIndex >= 0 else { return }
                    let t = Int(target.gcIndex)
                    if !reachable[t] {
                        reachable[t] = true
                        pending.append(t)
                    }
                }
            }
        }
        return reachable
    }

    /// Runs the finalizers of collected objects, each at most once: weak reference callbacks,
    /// `__del__`, then closing suspended generators. True if any ran.
    private static func finalize(_ garbage: [PyObject]) -> Bool {
        var ran = false
        for object in garbage where object.hasWeakReferences {
            WeakReferences.clear(object)
            ran = true
        }
        for object in garbage where !object.isFinalized {
            if object.hasCellDefinedType, object.type.lookup(Dunder.del) != nil, let finalizer {
                object.isFinalized = true
                finalizer(object)
                ran = true
            }
        }
        for object in garbage where !object.isFinalized {
            if let generator = object as? PyGenerator, generator.isSuspended {
                object.isFinalized = true
                generator.finalizeSuspended()
                ran = true
            }
        }
        return ran
    }

    /// After finalizers ran: does anything outside the garbage reference it now?
    private static func isResurrected(_ garbage: [PyObject]) -> Bool {
        let objects = garbage.map { Unmanaged.passUnretained($0) }
        for (i, object) in garbage.enumerated() {
            object.gcGeneration = examined
            object.gcIndex = Int32(truncatingIfNeeded: i)
        }
        // `garbage` holds one reference to each (`objects` holds none).
        let reachable = findReachable(objects, mark: examined, baseline: 1)
        for object in garbage { object.gcIndex = untracked }
        return reachable.contains(true)
    }

    private static func retrack(_ object: PyObject) {
        object.gcGeneration = 2
        object.gcIndex = Int32(truncatingIfNeeded: generations[2].count)
        generations[2].append(Unmanaged.passUnretained(object))
    }

    /// Every tracked object (`gc.get_objects()`).
    public static func trackedObjects(generation: Int? = nil) -> [PyObject] {
        let lists = generation.map { [generations[min(max($0, 0), 2)]] } ?? generations
        return lists.flatMap { $0.compactMap { $0?.takeUnretainedValue() } }
    }
}

/// The strong reference count of a Swift object, from the Swift runtime.
@_silgen_name("swift_retainCount")
func swift_retainCount(_ object: UnsafeMutableRawPointer) -> Int
