from collections import ChainMap
defaults = {'lr': 0.01, 'epochs': 10, 'batch': 32}
file_cfg = {'epochs': 20}
cli = {'lr': 0.1}
cfg = ChainMap(cli, file_cfg, defaults)
print(cfg['lr'], cfg['epochs'], cfg['batch'], dict(cfg), len(cfg), sorted(cfg))
child = cfg.new_child({'batch': 64})
print(child['batch'], cfg['batch'], child.parents['batch'], child.maps[0])
child['seed'] = 1
print(child.maps[0], 'seed' in cfg)
