"""Shim case etree-getchildren-getiterator: Element.getchildren(), Element.getiterator() and
ElementTree.getiterator() (removed in 3.9).

3.8 (with the C accelerator, the default) warned at every call (DeprecationWarning, attributed
to the caller).  getchildren() returns a list of the direct children; Element.getiterator()
returns an iterator (elem.iter(tag)); ElementTree.getiterator() returns a list.  Elements made
every which way (parser, SubElement, copy, pickle, cElementTree) have the methods, and the
Element type stays what it was.
"""
import copy
import os
import pickle
import sys
import warnings
import xml.etree.ElementTree as ET


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


def tags(elements):
    return [e.tag for e in elements]


DOC = "<catalog><item id='1'><name>a</name></item><other/><item id='2'><name>b</name></item></catalog>"
top = ET.fromstring(DOC)

print("== Element.getchildren")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); children = top.getchildren()
report("%s %s" % (type(children).__name__, tags(children)), caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); leaf = top.find("other").getchildren()
report("leaf: %r" % (leaf,), caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        top.getchildren(1)
    except TypeError:
        print("getchildren(1): TypeError")
print("warned:", len(caught))

print("== Element.getiterator")
for args, kwargs in (((), {}), (("item",), {}), (("name",), {}), ((), {"tag": "item"}), (("*",), {}),
                     ((None,), {}), (("missing",), {})):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); it = top.getiterator(*args, **kwargs)
    is_list = isinstance(it, list)
    report("%r %r list=%s %s" % (args, kwargs, is_list, tags(it)), caught, base)

print("== ElementTree.getiterator")
tree = ET.ElementTree(top)
for args, kwargs in (((), {}), (("item",), {}), ((), {"tag": "name"})):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); found = tree.getiterator(*args, **kwargs)
    report("%r %r %s %s" % (args, kwargs, type(found).__name__, tags(found)), caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        base = here(); ET.ElementTree().getiterator()
    except AttributeError as exc:
        print("empty tree: AttributeError", exc)
report("empty tree warnings:", caught, base)

print("== elements made in other ways")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    made = ET.Element("top", a="1")
    ET.SubElement(made, "sub1")
    ET.SubElement(made, "sub2").text = "x"
    print("Element/SubElement:", tags(made.getchildren()), tags(made.getiterator()))
    print("copy:", tags(copy.copy(made).getchildren()), tags(copy.deepcopy(made).getchildren()))
    clone = pickle.loads(pickle.dumps(made))
    print("pickle:", tags(clone.getchildren()), type(clone) is ET.Element)
    for event, elem in ET.iterparse(__import__("io").BytesIO(DOC.encode()), events=("end",)):
        if elem.tag == "catalog":
            print("iterparse:", tags(elem.getchildren()))
    import xml.etree.cElementTree as cET
    print("cElementTree:", tags(cET.fromstring("<a><b/><c/></a>").getchildren()))

    class Node(ET.Element):
        pass

    node = Node("n")
    node.append(ET.Element("child"))
    print("subclass:", tags(node.getchildren()), tags(node.getiterator("child")))

print("== types unchanged")
print(type(top) is ET.Element, isinstance(top, ET.Element), type(made) is type(top))
print(ET.Element.__name__, ET.Element.__module__)

print("== typical old walk")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    names = []
    for item in tree.getiterator("item"):
        for child in item.getchildren():
            names.append((item.get("id"), child.tag, child.text))
print(names, len(caught))
