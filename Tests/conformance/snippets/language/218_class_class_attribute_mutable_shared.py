class Team:
    members = []
    def __init__(self, name):
        self.name = name
        self.members.append(name)
Team("x")
Team("y")
print(Team.members)
