needle = b'GATTACA'
genome = b'ACGTGATTACAGGATTACATT'
positions = []
start = 0
while (i := genome.find(needle, start)) != -1:
    positions.append(i)
    start = i + 1
print(positions, genome.count(b'A'), genome.rfind(b'GA'), genome.index(b'TT'), genome.startswith(b'ACG', 0), genome.endswith(b'TT', 0, 20))
complement = bytes({65: 84, 84: 65, 67: 71, 71: 67}[b] for b in genome)
print(complement, complement[::-1], b'-'.join(genome[i:i + 3] for i in range(0, 12, 3)))
print(sorted(set(genome)), genome.split(b'GATTACA'), genome.replace(b'ATT', b'[x]', 1))
