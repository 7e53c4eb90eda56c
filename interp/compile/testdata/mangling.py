class _Secret:
    __count = 0
    def __init__(self, __seed=1, *, __key=2):
        self.__value = __seed
        _Secret.__count += 1
    def __peek(self):
        return self.__value, self.__dunder__, __name
    def get(self):
        import __mod
        return self.__peek()
__name = 3
