class Celsius:
    def __init__(self, t=0.0):
        self._t = t
    @property
    def temperature(self):
        return self._t
    @temperature.setter
    def temperature(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v
    @property
    def fahrenheit(self):
        return self._t * 1.8 + 32
c = Celsius(25)
print(c.temperature, c.fahrenheit)
c.temperature = 100
print(c.temperature, c.fahrenheit)
try:
    c.temperature = -300
except ValueError as e:
    print("error:", e)
