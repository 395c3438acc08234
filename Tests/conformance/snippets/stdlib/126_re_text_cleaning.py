import re
raw = "  Hello,   World!! Visit https://example.com/page?id=3 or mail me@test.org.  "
text = re.sub(r"https?://\S+", "<URL>", raw)
text = re.sub(r"\S+@\S+\.\w+", "<EMAIL>", text)
text = re.sub(r"([!?.,])\1+", r"\1", text)
text = re.sub(r"\s+", " ", text).strip()
print(text)
tokens = re.findall(r"<\w+>|\w+|[^\w\s]", text.lower())
print(tokens)
print(re.sub(r"(?<=\w)([A-Z])", r"_\1", "camelCaseName").lower())
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
