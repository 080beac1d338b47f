"""Shim case pickle-default-protocol-4: what pickle writes when no protocol is given (protocol
3 up to 3.7; 4 from 3.8, 5 from 3.14). Files written by old code must be the bytes the old
release wrote: pickle.dumps(), pickle.dump(), pickle.Pickler(file) and subclasses of it (a
copyreg dispatch_table, persistent_id, multiprocessing's ForkingPickler), the pure-Python
pickler, and DEFAULT_PROTOCOL itself; a given protocol is not touched (HIGHEST_PROTOCOL,
which 3.8 raised to 5, is not the business of this shim)."""
# pythonc-oracle: 3.7
import collections
import copyreg
import datetime
import io
import pickle
import warnings
from multiprocessing.reduction import ForkingPickler

warnings.simplefilter("ignore")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(point):
    return Point, (point.y, point.x)


DATA = {"ints": [0, 1, -1, 255, 65536, 2 ** 40], "float": 2.5, "text": "h\u00e9llo",
        "bytes": b"\x00\xff", "none": None, "flags": (True, False), "set": {3},
        "frozen": frozenset(), "array": bytearray(b"q"), "point": Point(1, 2),
        "ordered": collections.OrderedDict(a=1), "date": datetime.date(2020, 1, 2),
        "big": "x" * 300}

print("DEFAULT_PROTOCOL", pickle.DEFAULT_PROTOCOL)
blob = pickle.dumps(DATA)
print("dumps", blob[:2], len(blob), blob.hex())
print("round trip", pickle.loads(blob)["point"].y, pickle.loads(blob)["text"])
print("dumps(protocol=None)", pickle.dumps(DATA, protocol=None) == blob)
print("dumps(fix_imports=False)", pickle.dumps(DATA, fix_imports=False) == blob)
for protocol in (0, 2, 3, 4):
    print("protocol", protocol, pickle.dumps(1, protocol)[:2], pickle.dumps(1, protocol=protocol)[:2])

buffer = io.BytesIO()
pickle.dump(DATA, buffer)
print("dump", buffer.getvalue() == blob)
buffer = io.BytesIO()
pickle.dump(DATA, buffer, None)
print("dump(None)", buffer.getvalue() == blob)
buffer = io.BytesIO()
pickle.dump(DATA, buffer, 2)
print("dump(2)", buffer.getvalue()[:2])

buffer = io.BytesIO()
pickler = pickle.Pickler(buffer)
pickler.dump(DATA)
print("Pickler", buffer.getvalue() == blob, isinstance(pickler, pickle.Pickler))
buffer = io.BytesIO()
pickle.Pickler(buffer, protocol=1).dump(7)
print("Pickler(protocol=1)", buffer.getvalue()[:4])
print("Pickler repr", pickle.Pickler, pickle.Pickler.__name__)

buffer = io.BytesIO()
pickle._Pickler(buffer).dump([1, 2])
print("_Pickler", buffer.getvalue()[:2], pickle._dumps([1, 2])[:2])


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = reduce_point


buffer = io.BytesIO()
TablePickler(buffer).dump(Point(1, 2))
restored = pickle.loads(buffer.getvalue())
print("dispatch_table", buffer.getvalue()[:2], restored.x, restored.y,
      issubclass(TablePickler, pickle.Pickler))


class IdPickler(pickle.Pickler):
    def __init__(self, file):
        super().__init__(file)
        self.seen = 0

    def persistent_id(self, obj):
        if isinstance(obj, Point):
            self.seen += 1
            return "point-%d" % obj.x
        return None


class IdUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid


buffer = io.BytesIO()
pickler = IdPickler(buffer)
pickler.dump([Point(5, 6), 1])
print("persistent_id", buffer.getvalue()[:2], pickler.seen,
      IdUnpickler(io.BytesIO(buffer.getvalue())).load())

forked = bytes(ForkingPickler.dumps(DATA))
print("ForkingPickler", forked[:2], forked == blob, bytes(ForkingPickler.dumps(1, 2))[:2])
