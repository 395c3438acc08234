import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 1, 1]), st.pstdev([5]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([0.25, 0.5, 1.25, 1.25]), st.pvariance([0.5, 1.5]), st.stdev([10, 20, 30]))
