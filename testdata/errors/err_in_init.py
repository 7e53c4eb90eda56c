# Exception raised in __init__ via a helper method.
class Conn:
    def __init__(self, port):
        self.port = self.validate(port)

    def validate(self, port):
        if not 0 < port < 65536:
            raise ValueError(f"port out of range: {port}")
        return port

print(Conn(80).port)
Conn(70000)
