# math functions on big integers and exactness.
import math
print(math.factorial(50))
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(2 ** 200 + 1), math.isqrt(99))
print(math.comb(100, 50), math.perm(20, 10))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e18))
print(math.log2(2 ** 100), math.log10(10 ** 50), math.log(2 ** 1000) > 693)
print(math.sqrt(10 ** 100) == 1e50, math.isqrt(10 ** 100) == 10 ** 50)
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), sum([1e100, 1.0, -1e100, 1e-100]))
