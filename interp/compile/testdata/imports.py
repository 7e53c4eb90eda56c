import os
import os.path
import a.b.c as abc
from math import sqrt, pi as PI
from . import sibling
from ..pkg.mod import thing
from m import *
def f():
    import sys
    from time import time as now
    return sys, now
