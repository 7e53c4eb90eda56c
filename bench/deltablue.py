"""An incremental dataflow constraint solver in the style of DeltaBlue.

Variables are connected by constraints (stay, edit, equality, scale) of
different strengths.  Adding or removing a constraint re-plans only the
affected part of the graph: each variable remembers which constraint
determines it and how strong its "walkabout strength" is, and weaker
constraints are overridden and later re-satisfied.  Two workloads drive
it: a long chain of equalities edited from one end, and a set of linear
projections whose scale and offset are edited.  The work is polymorphic
method calls, attribute access and list manipulation.

Checksum: the number of values checked, the number of mismatches (0) and
a sum of the observed values.
"""

import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest_of(self, other):
        return self if self.rank > other.rank else other

    def next_weaker(self):
        return STRENGTHS[self.rank + 1]

    def __repr__(self):
        return self.name


STRENGTHS = [Strength(i, name) for i, name in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default",
     "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


class UnsatisfiableError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.attach_to_variables()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)  # also detaches
        else:
            self.detach_from_variables()

    def satisfy(self, mark):
        """Tries to enforce this constraint; returns the constraint it overrode."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise UnsatisfiableError("cannot satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise UnsatisfiableError("cycle in the constraint graph")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def attach_to_variables(self):
        self.var.attach(self)

    def detach_from_variables(self):
        self.var.detach(self)

    def choose_method(self, mark):
        self.satisfied = (self.var.mark != mark
                          and self.strength.stronger_than(self.var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        Constraint.__init__(self, planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE

    def attach_to_variables(self):
        self.a.attach(self)
        self.b.attach(self)

    def detach_from_variables(self):
        self.a.detach(self)
        self.b.detach(self)

    def can_write(self, var, mark):
        return var.mark != mark and self.strength.stronger_than(var.walk_strength)

    def choose_method(self, mark):
        a, b = self.a, self.b
        if a.mark == mark:
            self.direction = FORWARD if self.can_write(b, mark) else NONE
        elif b.mark == mark:
            self.direction = BACKWARD if self.can_write(a, mark) else NONE
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if self.can_write(a, mark) else NONE
        else:
            self.direction = FORWARD if self.can_write(b, mark) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, a, b, strength):
        BinaryConstraint.__init__(self, planner, a, b, strength)
        self.install()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, in whichever direction the planner picks."""

    def __init__(self, planner, a, scale, offset, b, strength):
        BinaryConstraint.__init__(self, planner, a, b, strength)
        self.scale = scale
        self.offset = offset
        self.install()

    def attach_to_variables(self):
        BinaryConstraint.attach_to_variables(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def detach_from_variables(self):
        BinaryConstraint.detach_from_variables(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value


class Plan:
    def __init__(self, constraints):
        self.constraints = constraints

    def execute(self):
        for c in self.constraints:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.detach_from_variables()
        unsatisfied = self.unplan_from(out)
        for strength in STRENGTHS:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)

    def propagate_from(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers_of(d.output(), todo)
        return True

    def unplan_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, v, into):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def plan_from(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return Plan(plan)

    def plan_for_edits(self, edits):
        return self.plan_from([c for c in edits if c.is_input() and c.is_satisfied()])


class Tally:
    def __init__(self):
        self.checked = 0
        self.wrong = 0
        self.total = 0

    def expect(self, got, want):
        self.checked += 1
        self.total = (self.total + got) % 1000000007
        if got != want:
            self.wrong += 1


def edit_and_run(planner, var, values, check):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for_edits([edit])
    for v in values:
        var.value = v
        plan.execute()
        check(v)
    edit.uninstall()


def chain_test(n, tally):
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    first, last = chain[0], chain[-1]
    edit_and_run(planner, first, range(100),
                 lambda v: tally.expect(last.value, v))
    # Now edit the other end: the equalities must flow backwards.
    edit_and_run(planner, last, range(100, 150),
                 lambda v: tally.expect(first.value + chain[n // 2].value, 2 * v))


def projection_test(n, tally):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    dests = []
    src = dst = None
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    edit_and_run(planner, src, [17], lambda v: tally.expect(dst.value, 1170))
    edit_and_run(planner, dst, [1050], lambda v: tally.expect(src.value, 5))
    edit_and_run(planner, scale, [5], lambda v: [
        tally.expect(d.value, i * 5 + 1000) for i, d in enumerate(dests[:-1])])
    edit_and_run(planner, offset, [2000], lambda v: [
        tally.expect(d.value, i * 5 + 2000) for i, d in enumerate(dests[:-1])])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    tally = Tally()
    for i in range(n):
        chain_test(100 + i, tally)
        projection_test(100 + i, tally)
    print("deltablue: %d rounds, %d values checked, %d wrong, sum %d"
          % (n, tally.checked, tally.wrong, tally.total))


main()
