import torch
t = torch.arange(6).reshape(2, 3)
print(t.stride(), t.is_contiguous())
u = t.t()
print(u.stride(), u.is_contiguous())
c = u.contiguous()
print(c.stride(), c.is_contiguous())
print(torch.equal(u, c))
print(t.storage_offset(), t[1].storage_offset())
