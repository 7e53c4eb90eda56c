# Lexicographic comparison and sorting of strings, including unicode code points.
words = ["banana", "Apple", "apple", "Banana", "äpfel", "zebra", "", "a", "aa", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print("a" < "aa" < "ab" < "b", "A" < "a", "Z" < "a", "é" > "z")
print(max(words), min(words), max(words, key=len))
print(["x", "y"] < ["x", "z"], ("a", 2) < ("a", 10), ("b",) > ("a", 100))
print("abc" == "abc", "abc" != None, "abc" != "ABC".lower())
