import torch
t = torch.tensor([1.0])
print(torch.cuda.is_available(), torch.cuda.device_count())
for move in (lambda: t.to('cuda'), lambda: t.cuda(), lambda: torch.zeros(1, device='cuda')):
    try:
        move()
        print('moved')
    except (RuntimeError, AssertionError) as e:
        print('cannot move to cuda:', type(e).__name__ in ('RuntimeError', 'AssertionError'))
print(t.to('cpu'), t.to(torch.device('cpu')).device)
