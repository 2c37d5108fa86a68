import sys, glob, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
OUT = "/work/heldout-18"
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "d_*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
for old in glob.glob(OUT + "/mail/*.eml"):
    os.remove(old)
gold = core.write_all(OUT)
print(len(gold), "mails")
