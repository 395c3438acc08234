print('single', "double")
print("""triple
quoted""")
print('tab\there', 'new\\nline')
print("unicode: \u00e9 \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays")
