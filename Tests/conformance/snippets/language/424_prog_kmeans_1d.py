points = [1.0, 1.5, 2.0, 8.0, 8.5, 9.0, 20.0, 21.0]
centers = [1.0, 8.0, 20.0]
for it in range(5):
    clusters = {i: [] for i in range(len(centers))}
    for p in points:
        idx = min(range(len(centers)), key=lambda i: abs(p - centers[i]))
        clusters[idx].append(p)
    centers = [sum(c) / len(c) for c in clusters.values()]
print(centers)
print(clusters)
