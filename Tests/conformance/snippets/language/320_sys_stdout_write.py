import sys
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print(n)
