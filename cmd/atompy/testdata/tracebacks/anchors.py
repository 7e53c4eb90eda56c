# Marker shapes for many expression forms. Each case fails inside a lambda;
# the errors are chained through __context__ so that the report shows every
# one of them, oldest first.
l, d, s, n, z = [1], {}, "ab", None, 0
cases = [
    lambda: 1 / z,
    lambda: (1) / z,
    lambda: (1)/(z),
    lambda: (1)  /z,
    lambda: 1 //z,
    lambda: 1//(z),
    lambda: 2 ** s,
    lambda: -1 ** s,
    lambda: 2 ** -s,
    lambda: 1 + 2 * s,
    lambda: s - 1 - 2,
    lambda: ((1 - s)) - 2,
    lambda: 1 << s | 2,
    lambda: n @ n,
    lambda: 1 ^ n & 2,
    lambda: l[5],
    lambda: l [5],
    lambda: (l)[5],
    lambda: (l) [5],
    lambda: l[(5)],
    lambda: l[ 5 ],
    lambda: d['k', 1],
    lambda: d['k',],
    lambda: l[n:n:'a'],
    lambda: s[0][5],
    lambda: [1, 2][5],
    lambda: "a" "b"[5],
    lambda: d[((1))],
    lambda: (d)[(1)],
    lambda: n.attr,
    lambda: n(1)(2),
    lambda: -n,
    lambda: not n(),
    lambda: n < 1,
    lambda: 1 if n() else 2,
    lambda: s.upper() + 1,
    lambda: d.get(1)['a'],
    lambda: 1.5e-3 + s,
    lambda: 0x1e+s,
    lambda: ... + 1,
    lambda: l[0]if l[5]else 0,
    lambda: 1 + (2 + 1 / z),
    lambda: [*n],
    lambda: 1 / z  # a comment after the expression
    ,
]
previous = None
for case in cases:
    try:
        case()
    except Exception as e:
        e.__context__ = previous
        previous = e
raise previous
