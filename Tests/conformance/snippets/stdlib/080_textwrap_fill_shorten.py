def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import textwrap
text = "Deep learning models learn representations of data with multiple levels of abstraction."
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(textwrap.shorten(text, 30, placeholder="..."))
print(textwrap.wrap(text, 25, max_lines=2))
show(lambda: textwrap.wrap(text, 0))
show(lambda: textwrap.shorten(text, 3))
w = textwrap.TextWrapper(width=20, initial_indent="> ")
print(w.wrap("wrap me with an object please"), w.width)
