import statistics as st
scores = [72, 85, 91, 68, 85, 77, 94, 85, 60, 88]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(round(st.stdev(scores), 4), round(st.pstdev(scores), 4), round(st.variance(scores), 4), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=4, method='inclusive'))
z = [round((s - st.mean(scores)) / st.pstdev(scores), 3) for s in scores[:3]]
print(z, round(st.fmean([0.1, 0.2, 0.3]), 10), round(st.geometric_mean([1, 4, 16]), 6))
