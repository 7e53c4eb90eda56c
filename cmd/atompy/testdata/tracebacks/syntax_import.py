# A syntax error in an imported module is reported under the import's
# traceback entry.
print("start")
import imp_helper_tbsyntax
