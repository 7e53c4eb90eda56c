x = 1
doc = """starts here
and never
ends
