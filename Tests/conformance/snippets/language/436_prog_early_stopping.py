losses = [0.9, 0.7, 0.6, 0.61, 0.62, 0.59, 0.6, 0.65, 0.7]
best, wait, patience = float("inf"), 0, 2
for epoch, loss in enumerate(losses):
    if loss < best:
        best, wait = loss, 0
        print(f"epoch {epoch}: improved to {loss}")
    else:
        wait += 1
        if wait > patience:
            print(f"early stop at epoch {epoch}, best {best}")
            break
