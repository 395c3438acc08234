import Language

/// The options of `%timeit`, read as IPython's getopt string "n:r:tcp:qov:" reads them: flags
/// may be joined (`-qo`), values attached or separate (`-n10`, `-n 10`), and the statement is
/// everything after the last option.
struct TimeitOptions {
    var loops = 0
    var runs = 7
    var precision = 3
    var quiet = false
    var returnResult = false
    var saveName: String?
    var statement = ""

    init(parsing line: String) throws {
        var rest = Substring(line)
        func nextWord() -> Substring? {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard !rest.isEmpty else { return nil }
            let word = rest.prefix { $0 != " " && $0 != "\t" }
            return word
        }
        func integer(_ text: Substring, _ option: Character) throws -> Int {
            guard let n = Int(text) else {
                throw PyError.value("invalid literal for int() with base 10: '\(text)'")
            }
            guard n >= 0, option != "r" || n > 0 else {
                throw PyError.value("%timeit -\(option) needs a positive number, got \(n)")
            }
            return n
        }
        while let word = nextWord(), word.hasPrefix("-"), word.count > 1, !(word.dropFirst().first?.isNumber ?? false) {
            rest = rest.dropFirst(word.count)
            var flags = word.dropFirst()
            while let flag = flags.first {
                flags = flags.dropFirst()
                switch flag {
                case "q": quiet = true
                case "o": returnResult = true
                case "t", "c": break
                case "n", "r", "p", "v":
                    var value = flags
                    if value.isEmpty {
                        guard let next = nextWord() else {
                            throw PyError(UsageError.type, "option -\(flag) requires argument (allowed: \"n:r:tcp:qov:\")")
                        }
                        rest = rest.dropFirst(next.count)
                        value = next
                    }
                    flags = ""
                    switch flag {
                    case "n": loops = try integer(value, flag)
                    case "r": runs = try integer(value, flag)
                    case "p": precision = max(1, try integer(value, flag))
                    default: saveName = String(value)
                    }
                default:
                    throw PyError(UsageError.type, "option -\(flag) not recognized (allowed: \"n:r:tcp:qov:\")")
                }
            }
        }
        statement = String(rest.drop { $0 == " " || $0 == "\t" })
    }
}
