# Attribute access marks the whole dotted expression.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt


head = Node(Node())
print(head.next.next)
value = head.next.next.next + 1
