"""Digits of pi with an unbounded spigot over big integers.

Pi is the limit of composing the linear fractional transformations
x -> (k*x + 4k + 2) / (2k + 1) for k = 1, 2, ...  The state is one such
transformation (q*x + r) / t held in three Python ints that grow without
bound.  A digit is emitted once the images of 3 and 4 agree on their
integer part; the state is then multiplied by 10 and the digit removed.
The work is big-integer multiplication, addition and floor division.

Output: the digits in lines of 50 (the first and last lines only, for
large n), then the digit sum and the count of each digit 0-9 as a checksum.
"""

import sys


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 0
    produced = 0
    while produced < count:
        digit = (3 * q + r) // t
        if digit == (4 * q + r) // t:
            yield digit
            produced += 1
            q, r = 10 * q, 10 * (r - digit * t)
        else:
            k += 1
            k2 = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * k2, t * k2


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6500
    digits = "".join(str(d) for d in pi_digits(n))
    lines = [digits[i:i + 50] for i in range(0, len(digits), 50)]
    shown = lines if len(lines) <= 4 else [lines[0], "...", lines[-1]]
    for line in shown:
        print(line)
    tally = [digits.count(str(d)) for d in range(10)]
    print("pidigits: %d digits, digit sum %d, tally %s" % (n, sum(int(c) for c in digits), tally))


main()
