import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x))
hours = [1, 2, 3, 4, 5]
score = [52, 55, 61, 64, 70]
fit = st.linear_regression(hours, score)
print(fit, fit.slope, fit.intercept, round(fit.slope * 6 + fit.intercept, 2))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(round(st.geometric_mean([54, 24, 36]), 6), st.harmonic_mean([40, 60]), st.fmean([3.5, 4.0, 5.25]))
