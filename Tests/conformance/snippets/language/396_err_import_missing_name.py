# Error case: import missing name
print("demonstrating: import missing name")
from math import not_there
