import textwrap
code = """
    def f(x):
        return x + 1

    print(f(2))
"""
print(repr(textwrap.dedent(code)))
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n    b\n \n  c")))
print(repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("a\n  b")))
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print(textwrap.indent("line one\nline two", "    "))
