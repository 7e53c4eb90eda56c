# Tab indentation is stripped from the source line like spaces are; so
# are form feeds. Trailing blanks stay.
def tabbed(x):
	if x:
		return 1 / 0 + x


def fed():
    return tabbed(1)   


fed()
