"""Shim case csv-dictreader-dict: csv.DictReader rows were OrderedDict in 3.6 and 3.7 (plain
dict since 3.8).

The keys are the field names in order, then restkey (surplus values, as a list) or the
missing field names with restval. What the rows are matters to code that uses OrderedDict's
own methods, compares rows with other OrderedDicts, or prints them (the repr itself changed in 3.12, so this case prints types and items).
(pythonc's own warning
about the restored behaviour is left out: 3.7 did not warn.)
"""
# pythonc-oracle: 3.7
import collections
import csv
import io
import os
import sys
import warnings


def others(caught):
    """The warnings that are not pythonc's (3.7 emitted none here)."""
    return [(w.category.__name__, os.path.basename(w.filename)) for w in caught
            if w.category.__name__ != "CompatDeprecationWarning"]


DATA = "name,age,city\r\nAda,36,London\r\nAlan,41\r\nGrace,85,Arlington,VA,USA\r\n\r\n,,\r\n"

print("== rows")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    reader = csv.DictReader(io.StringIO(DATA), restval="?", restkey="extra")
    for row in reader:
        print(type(row).__name__, list(row.items()))
print("fieldnames:", reader.fieldnames, "line:", reader.line_num, others(caught))

print("== explicit fieldnames, next(), dialects")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    reader = csv.DictReader(io.StringIO("1;2\n3;4;5\n6\n"), fieldnames=["a", "b"], delimiter=";")
    first = next(reader)
    print(list(first.items()), isinstance(first, dict), isinstance(first, collections.OrderedDict))
    rest = list(reader)
    print([(type(row).__name__, list(row.items())) for row in rest])
print(others(caught))

print("== OrderedDict behaviour old code relied on")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    row = next(csv.DictReader(io.StringIO("x,y,z\n1,2,3\n")))
    row.move_to_end("x")
    print(list(row), row.popitem(last=False), list(row))
    again = next(csv.DictReader(io.StringIO("x,y,z\n1,2,3\n")))
    swapped = next(csv.DictReader(io.StringIO("z,y,x\n3,2,1\n")))
    print(again == swapped, dict(again) == dict(swapped), again == dict(swapped))
    print(type(row) is collections.OrderedDict, row.__class__.__name__)
print(others(caught))

print("== subclass and reader attributes")


class Upper(csv.DictReader):
    def __next__(self):
        row = super().__next__()
        return {key.upper(): value for key, value in row.items()}


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(list(Upper(io.StringIO("a,b\n1,2\n"))))
    empty = csv.DictReader(io.StringIO(""))
    print(list(empty), empty.fieldnames)
    blank = csv.DictReader(io.StringIO("a,b\n\n\n"))
    print(list(blank), blank.line_num)
print(others(caught))
print(csv.DictReader.__next__.__name__, csv.DictReader.__next__.__qualname__)
