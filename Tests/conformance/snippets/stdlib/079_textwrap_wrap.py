import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known phrase used for typing practice, "
        "surprisingly-long-hyphenated-words included.")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5))
print(textwrap.wrap("short", 10), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("a\tb\nc  d", 4))
print(textwrap.wrap("one two three", 7, break_long_words=False))
print(textwrap.wrap("supercalifragilistic word", 6, break_long_words=False))
print(textwrap.wrap("well-known semi-colon", 8, break_on_hyphens=False))
