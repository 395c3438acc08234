import textwrap
summary = ('The model was trained for ten epochs with the Adam optimizer and a learning rate of 0.001. '
           'Validation accuracy reached 97.8 percent, and the loss curve flattened after epoch seven.')
print(textwrap.fill(summary, width=40))
print(textwrap.shorten(summary, width=60, placeholder=' [...]'))
print(textwrap.indent(textwrap.fill(summary, 50), '> '))
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
w = textwrap.TextWrapper(width=30, initial_indent='* ', subsequent_indent='  ')
print('\n'.join(w.wrap(summary[:90])))
