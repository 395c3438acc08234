/// The index tuples of `itertools.permutations` and `combinations`, in CPython's order
/// (lexicographic in the positions of the input), produced one at a time.
struct Selection {
    private enum Kind { case permutations, combinations, combinationsWithReplacement }
    private let kind: Kind
    private let n: Int
    private let r: Int
    private var state: [Int]
    private var started = false
    private var done: Bool

    static func permutations(n: Int, r: Int) -> Selection {
        Selection(kind: .permutations, n: n, r: r, state: Array(0..<n), done: r > n)
    }

    static func combinations(n: Int, r: Int, withReplacement: Bool) -> Selection {
        if withReplacement {
            return Selection(kind: .combinationsWithReplacement, n: n, r: r, state: Array(repeating: 0, count: r),
                             done: n == 0 && r > 0)
        }
        return Selection(kind: .combinations, n: n, r: r, state: Array(0..<min(r, n)), done: r > n)
    }

    private init(kind: Kind, n: Int, r: Int, state: [Int], done: Bool) {
        self.kind = kind
        self.n = n
        self.r = r
        self.state = state
        self.done = done
    }

    mutating func next() -> [Int]? {
        guard !done else { return nil }
        if started { advance() } else { started = true }
        guard !done else { return nil }
        return Array(state.prefix(r))
    }

    private mutating func advance() {
        switch kind {
        case .permutations:
            // The next r-permutation: put the unused tail in descending order, then take the
            // next permutation of the whole arrangement.
            state[r...].reverse()
            var i = n - 2
            while i >= 0 && state[i] >= state[i + 1] { i -= 1 }
            if i < 0 || r == 0 { done = true; return }
            var j = n - 1
            while state[j] <= state[i] { j -= 1 }
            state.swapAt(i, j)
            state[(i + 1)...].reverse()
        case .combinations:
            var i = r - 1
            while i >= 0 && state[i] == i + n - r { i -= 1 }
            if i < 0 { done = true; return }
            state[i] += 1
            for j in (i + 1)..<r { state[j] = state[j - 1] + 1 }
        case .combinationsWithReplacement:
            var i = r - 1
            while i >= 0 && state[i] == n - 1 { i -= 1 }
            if i < 0 { done = true; return }
            state[i] += 1
            for j in (i + 1)..<r { state[j] = state[i] }
        }
    }
}
