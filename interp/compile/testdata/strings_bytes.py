s = 'single' "double" '''triple'''
r = r'\n raw'
b = b'\x00bytes\xff'
u = 'caf\u00e9 \t tab'
q = "it's"
e = ...
