import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.5, 1.5, 2.5]), st.fmean([1, 2, 3]))
print(st.median(data), st.median([3, 1, 2]), st.median([1, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode(data), st.mode("abracadabra"), st.multimode("aabbc"), st.multimode([]), st.mode([1.5, 2.5, 1.5]))
scores = [88, 92, 79, 93, 85]
print(st.mean(scores), st.median(scores), round(st.stdev(scores), 4))
