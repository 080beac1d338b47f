"""Shim case shelve-default-protocol: the pickle protocol of the values a shelf stores when
the program gives none (3.8 and 3.9: 3; 3.10: pickle.DEFAULT_PROTOCOL).  The protocol is read
off the stored bytes (the PROTO opcode) for a Shelf over a dict, shelve.open() on a file
(read back after reopening), protocol=None given explicitly, an explicit protocol, and a
writeback shelf; DbfilenameShelf directly too."""
import os
import pickle
import pickletools
import shelve
import tempfile
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

VALUE = {"name": "caf\u00e9", "items": [1, 2.5, (3, b"x")], "set": {4}}


def protocol_of(data):
    opcode, arg, _ = next(pickletools.genops(data))
    return (opcode.name, arg)


def show(label, shelf, backing):
    shelf["k"] = VALUE
    shelf.sync()
    raw = backing[b"k"] if b"k" in backing else backing["k".encode("latin-1")]
    print(label, protocol_of(raw), pickle.loads(raw) == VALUE, shelf["k"] == VALUE)


d = {}
show("Shelf(dict)", shelve.Shelf(d), d)
d = {}
show("Shelf(dict, None)", shelve.Shelf(d, None), d)
d = {}
show("Shelf(dict, protocol=None)", shelve.Shelf(d, protocol=None), d)
d = {}
show("Shelf(dict, 2)", shelve.Shelf(d, 2), d)
d = {}
show("Shelf(dict, protocol=1)", shelve.Shelf(d, protocol=1), d)
d = {}
show("Shelf(dict, writeback=True)", shelve.Shelf(d, writeback=True), d)
d = {}
show("Shelf(dict, keyencoding=latin-1)", shelve.Shelf(d, keyencoding="latin-1"), d)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "db")
    with shelve.open(path) as db:
        db["k"] = VALUE
    with shelve.open(path, "r") as db:
        raw = db.dict[b"k"]
        print("shelve.open", protocol_of(raw), db["k"] == VALUE)
    with shelve.open(path, protocol=None) as db:
        db["k"] = VALUE
        db.sync()
        print("shelve.open(protocol=None)", protocol_of(db.dict[b"k"]))
    with shelve.open(path, protocol=4) as db:
        db["k"] = VALUE
        db.sync()
        print("shelve.open(protocol=4)", protocol_of(db.dict[b"k"]))
    with shelve.DbfilenameShelf(path) as db:
        db["k"] = [1]
        db.sync()
        print("DbfilenameShelf", protocol_of(db.dict[b"k"]))
