"""The jupyter_kernel_test suite against the Cellgrad kernel, every test enabled."""
import unittest

import jupyter_kernel_test


class CellgradKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "cellgrad"
    language_name = "cellgrad"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys\nprint("oops", file=sys.stderr)'
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import math\nmath.sq", "matches": {"math.sqrt"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x\n\n"]
    incomplete_code_samples = ["print('hello',", "def f(x):", "for i in range(3):", "x = [1,\n 2,"]
    invalid_code_samples = ["import = 7q", "1 +* 2"]
    code_page_something = "len?"
    code_generate_error = "raise ValueError('boom')"
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "'你好'", "result": "'你好'"},
        {"code": "[1, 2.5, None]", "result": "[1, 2.5, None]"},
    ]
    code_display_data = [
        {"code": "from IPython.display import display, HTML\ndisplay(HTML('<b>hi</b>'))", "mime": "text/html"},
    ]
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "from IPython.display import clear_output\nclear_output()"
    support_iopub_welcome = True


if __name__ == "__main__":
    unittest.main()
