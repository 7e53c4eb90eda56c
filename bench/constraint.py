"""Constraint solver: Sudoku by constraint propagation plus backtracking.

Puzzles are made by shuffling a valid grid with a linear congruential
generator written here and blanking most cells.  Each cell's candidates
live in a dict of sets; assigning a digit eliminates it from the cell's
peers, and a digit with only one possible place in a row, column or box
is placed at once.  A contradiction raises an exception that unwinds the
propagation; the search then tries the next digit of the cell with the
fewest candidates on a copy of the dict.  The work is dict/set operations,
exceptions, recursion and list comprehensions.

Checksum: the number of puzzles solved, the number of search nodes and a
hash of all solutions (computed from digits, never from set order).
"""

import sys

DIGITS = frozenset(range(1, 10))


class Contradiction(Exception):
    pass


class Lcg:
    """Park-Miller minimal standard generator (products stay below 2**47)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


def build_units():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
             for br in (0, 3, 6) for bc in (0, 3, 6)]
    all_units = rows + cols + boxes
    units = {cell: [u for u in all_units if cell in u] for cell in range(81)}
    peers = {cell: sorted({p for u in units[cell] for p in u} - {cell}) for cell in range(81)}
    return units, peers


UNITS, PEERS = build_units()


class Grid:
    def __init__(self, cands=None):
        if cands is None:
            cands = {cell: set(DIGITS) for cell in range(81)}
        self.cands = cands

    def copy(self):
        return Grid({cell: set(ds) for cell, ds in self.cands.items()})

    def assign(self, cell, digit):
        for other in sorted(self.cands[cell] - {digit}):
            self.eliminate(cell, other)

    def eliminate(self, cell, digit):
        ds = self.cands[cell]
        if digit not in ds:
            return
        ds.discard(digit)
        if not ds:
            raise Contradiction(cell)
        if len(ds) == 1:
            (last,) = ds
            for peer in PEERS[cell]:
                self.eliminate(peer, last)
        for unit in UNITS[cell]:
            places = [c for c in unit if digit in self.cands[c]]
            if not places:
                raise Contradiction(cell)
            if len(places) == 1 and len(self.cands[places[0]]) > 1:
                self.assign(places[0], digit)

    def most_constrained(self):
        best = None
        best_len = 10
        for cell, ds in self.cands.items():
            if 1 < len(ds) < best_len:
                best, best_len = cell, len(ds)
        return best

    def values(self):
        return [min(self.cands[cell]) for cell in range(81)]


class Solver:
    def __init__(self):
        self.nodes = 0

    def solve(self, puzzle):
        grid = Grid()
        try:
            for cell, digit in enumerate(puzzle):
                if digit:
                    grid.assign(cell, digit)
        except Contradiction:
            return None
        return self.search(grid)

    def search(self, grid):
        self.nodes += 1
        cell = grid.most_constrained()
        if cell is None:
            return grid
        for digit in sorted(grid.cands[cell]):
            attempt = grid.copy()
            try:
                attempt.assign(cell, digit)
            except Contradiction:
                continue
            found = self.search(attempt)
            if found is not None:
                return found
        return None


def solved_grid(rng):
    digits = rng.shuffle(list(range(1, 10)))
    bands = rng.shuffle([0, 1, 2])
    stacks = rng.shuffle([0, 1, 2])
    rows = [b * 3 + r for b in bands for r in rng.shuffle([0, 1, 2])]
    cols = [s * 3 + c for s in stacks for c in rng.shuffle([0, 1, 2])]
    grid = [digits[(r * 3 + r // 3 + c) % 9] for r in rows for c in cols]
    if rng.below(2):
        grid = [grid[c * 9 + r] for r in range(9) for c in range(9)]
    return grid


def make_puzzle(rng, clues):
    grid = solved_grid(rng)
    keep = set(rng.shuffle(list(range(81)))[:clues])
    return [d if cell in keep else 0 for cell, d in enumerate(grid)]


def valid(solution, puzzle):
    if any(p and p != s for p, s in zip(puzzle, solution)):
        return False
    unit_lists = [u for cell in (0, 10, 20, 30, 40, 50, 60, 70, 80) for u in UNITS[cell]]
    return all({solution[c] for c in unit} == DIGITS for unit in unit_lists)


def show(values):
    return "".join(str(v) for v in values)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900
    rng = Lcg(12345)
    solver = Solver()
    solved = 0
    checksum = 0
    last = None
    for i in range(n):
        puzzle = make_puzzle(rng, 19 + i % 5)
        grid = solver.solve(puzzle)
        if grid is None:
            continue
        values = grid.values()
        if not valid(values, puzzle):
            raise AssertionError("invalid solution for puzzle %d" % i)
        solved += 1
        for v in values:
            checksum = (checksum * 10 + v) % 1000000007
        last = values
    print("constraint: %d/%d puzzles solved, %d search nodes, checksum %d"
          % (solved, n, solver.nodes, checksum))
    print("constraint: last solution %s" % show(last))


main()
