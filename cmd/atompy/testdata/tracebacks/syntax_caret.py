# A syntax error in an indented line: the caret's column discounts the
# indentation that the report strips.
class A:
    def f(self):
        return 1 +* 2
