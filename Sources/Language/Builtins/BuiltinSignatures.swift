/// The signatures of built-ins that bind their arguments by name, parsed once. Parsing the
/// text takes thousands of instructions; a call such as `str(i)` or `round(x, 2)` costs a few
/// dozen, and used to parse it on every call.
enum BuiltinSignatures {
    static let enumerate = Signature("enumerate(iterable, start=0)")
    static let sorted = Signature("sorted(iterable, /, *, key=None, reverse=False)", cKeywordParserName: "sort")
    static let property = Signature("property(fget=None, fset=None, fdel=None, doc=None)")
    static let int = Signature("int(x=0, /, base=10)")
    static let str = Signature("str(object='', encoding=None, errors=None)")
    static let round = Signature("round(number, ndigits=None)", cKeywordParserName: "round")
    static let toBytes = Signature("to_bytes(length=1, byteorder='big', *, signed=False)")
    static let fromBytes = Signature("from_bytes(bytes, byteorder='big', *, signed=False)")
    static let sum = Signature("sum(iterable, /, start=0)", cKeywordParserName: "sum")
    static let listSort = Signature("sort(*, key=None, reverse=False)", cKeywordParserName: "sort")
    static let decode = Signature("decode(encoding='utf-8', errors='strict')")
    static let encode = Signature("encode(encoding='utf-8', errors='strict')")
    static let split = Signature("split(sep=None, maxsplit=-1)")
    static let rsplit = Signature("rsplit(sep=None, maxsplit=-1)")
    static let open = Signature("open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)")
}
