# The traceback crosses into a helper module next to the script.
import imp_helper_raiser

print("calling helper")
imp_helper_raiser.explode(3)
