import statistics as st
hours = [1, 2, 3, 4, 5, 6]
score = [52, 55, 61, 64, 70, 73]
print(round(st.correlation(hours, score), 6), round(st.covariance(hours, score), 6))
slope, intercept = st.linear_regression(hours, score)
print(round(slope, 6), round(intercept, 6), [round(slope * h + intercept, 2) for h in (7, 8)])
print(st.harmonic_mean([40, 60]), st.mode(['a', 'b', 'a']), round(st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 6))
