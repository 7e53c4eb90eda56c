# Big-int algorithms: Fibonacci, gcd, integer sqrt by Newton, digits of e.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(300), fib(200)), fib(100), gcd(2 ** 200 - 1, 2 ** 120 - 1) == 2 ** 40 - 1)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(2 * 10 ** 200)
print(r)
print(r * r <= 2 * 10 ** 200 < (r + 1) ** 2)
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(e_digits(100))
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz_steps(2 ** 100 + 1), collatz_steps(27))
