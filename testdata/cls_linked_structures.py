# Object graphs: linked list, binary tree, cycles between instances.
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
def build(n):
    head = None
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head
def to_list(h):
    out = []
    while h:
        out.append(h.val)
        h = h.next
    return out
def reverse(h):
    prev = None
    while h:
        h.next, prev, h = prev, h, h.next
    return prev
h = build(10)
print(to_list(h))
print(to_list(reverse(h)))
class Tree:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
    def insert(self, k):
        side = "left" if k < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(k))
        else:
            child.insert(k)
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.key
        if self.right:
            yield from self.right.inorder()
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
t = Tree(50)
for k in [(i * 37) % 101 for i in range(1, 60)]:
    t.insert(k)
keys = list(t.inorder())
print(keys[:10], len(keys), t.height(), keys == sorted(keys))
class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []
a, b = Person("a"), Person("b")
a.friends.append(b)
b.friends.append(a)
print(a.friends[0].friends[0] is a, [f.name for f in b.friends])
for _ in range(2000):
    x, y = Person("x"), Person("y")
    x.friends.append(y)
    y.friends.append(x)
print("cycles created")
