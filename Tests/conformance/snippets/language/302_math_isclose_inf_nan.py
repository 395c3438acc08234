import math
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(1.0, 1.1))
print(math.inf, -math.inf, math.isinf(math.inf), math.isnan(math.nan))
print(math.isfinite(1.0), math.isfinite(math.inf), math.nan != math.nan)
