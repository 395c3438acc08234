class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            print("insufficient funds")
            return self
        self.balance -= amount
        return self
acc = Account("ana", 100)
acc.deposit(50).withdraw(30).withdraw(500)
print(acc.owner, acc.balance)
