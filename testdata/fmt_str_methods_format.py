# str.format_map, format with objects defining __format__, and zero padding.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"{self.cents / 100:.2f}"
        return format("$" + s, spec) if spec else "$" + s
print("{:>10}|{}|{:<10}|".format(Money(1234), Money(5), Money(99999)))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print(f"{Money(250)} {Money(1):*^9}")
print("{:03}".format(7), "{:03}".format(-7), "{:.3}".format("abcdef"), "{:5.1f}".format(9.96))
