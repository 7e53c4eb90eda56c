def factory(base):
    tag = "t"
    class Inner(base):
        label = tag
        def describe(self):
            return tag + self.label
        class Deeper:
            def m(self):
                return tag
    return Inner
