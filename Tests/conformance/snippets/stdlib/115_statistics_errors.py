def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import statistics as st
show(lambda: st.mean([]))
show(lambda: st.median([]))
show(lambda: st.mode([]))
show(lambda: st.variance([1]))
show(lambda: st.stdev([]))
show(lambda: st.pvariance([]))
show(lambda: st.quantiles([1]))
show(lambda: st.quantiles([1, 2], n=0))
show(lambda: st.geometric_mean([]))
show(lambda: st.harmonic_mean([]))
show(lambda: st.correlation([1], [2]))
show(lambda: st.correlation([1, 2], [1]))
show(lambda: st.linear_regression([1, 1], [1, 2]))
show(lambda: st.correlation([1, 1], [1, 2]))
print(issubclass(st.StatisticsError, ValueError))
