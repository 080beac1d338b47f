#!/usr/bin/env pythonc
"""A small inventory tool in the style of a Python 3.6-era code base.

It uses APIs that later Pythons removed: collections.Mapping (3.10), open(..., "rU") (3.11),
inspect.getargspec (3.11), @asyncio.coroutine (3.11) and the unittest aliases (3.12). On a
modern python3 it fails at the first of them; `pythonc --compat 3.8` runs it unchanged and
says, in one DeprecationWarning per call site, what to change:

    pythonc --compat 3.8 -W default examples/legacy_inventory.py
"""
import asyncio
import collections
import inspect
import os
import tempfile
import unittest


class Inventory(collections.MutableMapping):
    """Item name -> quantity, refusing negative stock."""

    def __init__(self, *args, **kwargs):
        self._items = {}
        self.update(*args, **kwargs)

    def __getitem__(self, name):
        return self._items[name]

    def __setitem__(self, name, quantity):
        if quantity < 0:
            raise ValueError("negative stock for %s" % name)
        self._items[name] = quantity

    def __delitem__(self, name):
        del self._items[name]

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)


def load(path):
    """Read 'name,quantity' lines; tolerate Windows and old Mac line endings."""
    inventory = Inventory()
    with open(path, "rU") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, quantity = line.split(",")
                inventory[name] = int(quantity)
    return inventory


def restock(inventory, name, amount=10, *reasons):
    inventory[name] = inventory.get(name, 0) + amount
    return inventory[name]


@asyncio.coroutine
def audit(inventory):
    """Old-style coroutine: yields to the loop between items."""
    low = []
    for name, quantity in inventory.items():
        yield from asyncio.sleep(0)
        if quantity < 5:
            low.append(name)
    return low


class InventoryTest(unittest.TestCase):
    def test_restock(self):
        inv = Inventory(bolts=1)
        self.assertEquals(restock(inv, "bolts"), 11)
        self.assertTrue(isinstance(inv, collections.Mapping))

    def test_negative(self):
        self.assertRaisesRegexp(ValueError, "negative", Inventory, nuts=-1)


def main():
    directory = tempfile.mkdtemp()
    path = os.path.join(directory, "stock.csv")
    with open(path, "w", newline="") as f:
        f.write("# name,quantity\r\nbolts,3\r\nnuts,40\rwashers,2\n")
    inventory = load(path)
    print("stock:", dict(inventory))
    print("restock signature:", inspect.getargspec(restock))
    print("low stock:", asyncio.run(audit(inventory)))
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(InventoryTest)
    with open(os.devnull, "w") as devnull:
        result = unittest.TextTestRunner(stream=devnull).run(suite)
    print("self-test:", "ok" if result.wasSuccessful() else result.failures + result.errors)
    os.remove(path)
    os.rmdir(directory)


if __name__ == "__main__":
    main()
