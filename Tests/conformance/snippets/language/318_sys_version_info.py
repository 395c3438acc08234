import sys
print(sys.version_info[0] == 3)
print(sys.version_info.major == 3, type(sys.version).__name__)
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"))
