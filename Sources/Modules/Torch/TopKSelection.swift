/// The order in which PyTorch's CPU `topk` returns tied values. torch selects with the C++
/// standard library: `partial_sort` when k·64 ≤ n, else `nth_element` and then `sort` of the
/// first k−1, comparing values only (NaN counts as largest). Among equal values the result is
/// whatever those algorithms leave, so this replays GNU libstdc++'s versions of them step by
/// step (introselect, introsort, heap select) on (value, index) pairs.
struct TopKSelection {
    typealias Element = (value: Double, index: Int)
    private var q: [Element]
    private let before: (Element, Element) -> Bool

    /// The indices of the `k` largest (or smallest) `values`, in torch's order.
    static func indices(_ values: [Double], k: Int, largest: Bool) -> [Int] {
        var s = TopKSelection(q: values.enumerated().map { ($1, $0) }, before: largest
            ? { ($0.value.isNaN && !$1.value.isNaN) || $0.value > $1.value }
            : { (!$0.value.isNaN && $1.value.isNaN) || $0.value < $1.value })
        let n = values.count
        guard k > 0 else { return [] }
        if k * 64 <= n {
            s.heapSelect(0, k, n)
            s.sortHeap(0, k)
        } else {
            s.nthElement(k - 1, n)
            s.sort(0, k - 1)
        }
        return s.q[0..<k].map(\.index)
    }

    private static func log2(_ n: Int) -> Int { Int.bitWidth - 1 - n.leadingZeroBitCount }

    private mutating func nthElement(_ nth: Int, _ end: Int) {
        guard end > 0, nth != end else { return }
        var first = 0, last = end, depth = TopKSelection.log2(end) * 2
        while last - first > 3 {
            if depth == 0 {
                heapSelect(first, nth + 1, last)
                q.swapAt(first, nth)
                return
            }
            depth -= 1
            let cut = partitionAroundPivot(first, last)
            if cut <= nth { first = cut } else { last = cut }
        }
        insertionSort(first, last)
    }

    private mutating func sort(_ first: Int, _ last: Int) {
        guard first != last else { return }
        introsortLoop(first, last, TopKSelection.log2(last - first) * 2)
        if last - first > 16 {
            insertionSort(first, first + 16)
            for i in (first + 16)..<last { linearInsert(i) }
        } else {
            insertionSort(first, last)
        }
    }

    private mutating func introsortLoop(_ first: Int, _ end: Int, _ depthLimit: Int) {
        var last = end, depth = depthLimit
        while last - first > 16 {
            if depth == 0 {
                heapSelect(first, last, last)
                sortHeap(first, last)
                return
            }
            depth -= 1
            let cut = partitionAroundPivot(first, last)
            introsortLoop(cut, last, depth)
            last = cut
        }
    }

    /// Median of three moved to `first`, then an unguarded Hoare partition.
    private mutating func partitionAroundPivot(_ first: Int, _ last: Int) -> Int {
        let a = first + 1, b = first + (last - first) / 2, c = last - 1
        if before(q[a], q[b]) {
            if before(q[b], q[c]) { q.swapAt(first, b) } else if before(q[a], q[c]) { q.swapAt(first, c) } else { q.swapAt(first, a) }
        } else if before(q[a], q[c]) {
            q.swapAt(first, a)
        } else if before(q[b], q[c]) {
            q.swapAt(first, c)
        } else {
            q.swapAt(first, b)
        }
        var lo = first + 1, hi = last
        while true {
            while before(q[lo], q[first]) { lo += 1 }
            hi -= 1
            while before(q[first], q[hi]) { hi -= 1 }
            if !(lo < hi) { return lo }
            q.swapAt(lo, hi)
            lo += 1
        }
    }

    private mutating func insertionSort(_ first: Int, _ last: Int) {
        guard first != last else { return }
        for i in (first + 1)..<last {
            if before(q[i], q[first]) {
                let value = q[i]
                for j in stride(from: i, to: first, by: -1) { q[j] = q[j - 1] }
                q[first] = value
            } else {
                linearInsert(i)
            }
        }
    }

    private mutating func linearInsert(_ position: Int) {
        let value = q[position]
        var last = position, next = position - 1
        while before(value, q[next]) {
            q[last] = q[next]
            last = next
            next -= 1
        }
        q[last] = value
    }

    private mutating func heapSelect(_ first: Int, _ middle: Int, _ last: Int) {
        makeHeap(first, middle)
        for i in middle..<last where before(q[i], q[first]) { popHeap(first, middle, i) }
    }

    private mutating func sortHeap(_ first: Int, _ end: Int) {
        var last = end
        while last - first > 1 {
            last -= 1
            popHeap(first, last, last)
        }
    }

    private mutating func makeHeap(_ first: Int, _ last: Int) {
        let length = last - first
        guard length >= 2 else { return }
        var parent = (length - 2) / 2
        while true {
            adjustHeap(first, parent, length, q[first + parent])
            if parent == 0 { return }
            parent -= 1
        }
    }

    private mutating func popHeap(_ first: Int, _ last: Int, _ result: Int) {
        let value = q[result]
        q[result] = q[first]
        adjustHeap(first, 0, last - first, value)
    }

    private mutating func adjustHeap(_ first: Int, _ start: Int, _ length: Int, _ value: Element) {
        var hole = start, child = start
        while child < (length - 1) / 2 {
            child = 2 * (child + 1)
            if before(q[first + child], q[first + child - 1]) { child -= 1 }
            q[first + hole] = q[first + child]
            hole = child
        }
        if length & 1 == 0 && child == (length - 2) / 2 {
            child = 2 * (child + 1)
            q[first + hole] = q[first + child - 1]
            hole = child - 1
        }
        var parent = (hole - 1) / 2
        while hole > start && before(q[first + parent], value) {
            q[first + hole] = q[first + parent]
            hole = parent
            parent = (hole - 1) / 2
        }
        q[first + hole] = value
    }
}
