"""Shim case getpass-getuser-oserror: what getpass.getuser() raises when no user can be
found (no LOGNAME, USER, LNAME or USERNAME, and a uid the password database does not know):
pwd's KeyError up to 3.12, an OSError from 3.13. Code written for the old releases catches
KeyError. The uid is made unknown by giving os a getuid() that answers one."""
import os
import sys
import getpass
import warnings

warnings.simplefilter("ignore")

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USER"] = "from-environment"
print("environment", getpass.getuser())
del os.environ["USER"]

known = os.getuid()
unknown = 54321
while True:
    try:
        __import__("pwd").getpwuid(unknown)
    except KeyError:
        break
    unknown += 1
os.getuid = lambda: unknown

try:
    getpass.getuser()
except KeyError as exc:
    print("KeyError", exc.args[0].replace(str(unknown), "<uid>"), exc.__cause__, exc.__context__)
except OSError as exc:
    print("OSError", exc, type(exc.__cause__).__name__)

try:
    getpass.getuser()
except Exception as exc:
    print("Exception", type(exc).__name__, isinstance(exc, LookupError), isinstance(exc, OSError))

for name, value in (("USERNAME", "last"), ("LNAME", "third"), ("LOGNAME", "first")):
    os.environ[name] = value
    print(name, getpass.getuser())
os.getuid = lambda: known
for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
print("known uid", getpass.getuser() == __import__("pwd").getpwuid(known)[0])
sys.stdout.flush()
