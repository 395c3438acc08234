import json
config = {'model': 'mlp', 'layers': [784, 128, 10], 'lr': 1e-3, 'dropout': 0.2, 'tags': ['mnist', 'baseline'], 'resume': None}
with open('config.json', 'w') as f:
    json.dump(config, f, indent=2, sort_keys=True)
print(open('config.json').read())
with open('config.json') as f:
    loaded = json.load(f)
print(loaded == config, loaded['layers'], type(loaded['lr']).__name__)
lines = [json.dumps({'step': i, 'loss': round(1 / (i + 1), 3)}) for i in range(4)]
with open('log.jsonl', 'w') as f:
    f.write('\n'.join(lines) + '\n')
with open('log.jsonl') as f:
    print([json.loads(line)['loss'] for line in f])
