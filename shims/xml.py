"""Shims for xml.etree.ElementTree: Element.getchildren(), Element.getiterator() and
ElementTree.getiterator() (removed in 3.9).

ElementTree.getiterator() is a method of a pure-Python class and is simply put back. Element is
normally the C type of _elementtree, which refuses new attributes; rather than swapping in a
subclass (elements made by the parser, SubElement(), copy() or pickle would not be instances of
it) or the slower pure-Python Element (whose behaviour differs in details), the two methods are
added to the type's own namespace, so that every Element, however made, has them, and
type(), isinstance() and pickling are untouched. Where Element is the pure-Python class
(_elementtree blocked), they are set on it normally.

As in 3.8, each call warns, attributed to the caller; getchildren() returns list(elem);
Element.getiterator(tag=None) returns elem.iter(tag) (an iterator for the C Element, a list
for the pure-Python one) and ElementTree.getiterator(tag=None) returns list(tree.iter(tag)).
"""
from _compat_engine import shim, type_setattr

_ELEMENT_METHODS = ("getchildren", "getiterator")


def _is_c_type(cls):
    # A static or immutable type: Element from _elementtree (Python classes take attributes).
    flags = getattr(cls, "__flags__", 0)
    return bool(flags & (1 << 8)) or not flags & (1 << 9)


@shim("etree-getchildren-getiterator", target="xml.etree.ElementTree", removed_in="3.9",
      replacement="list(elem) / elem.iter() / tree.iter()", kind="method")
def _getchildren_getiterator(etree, ctx):
    element = etree.Element
    c_element = _is_c_type(element)

    def getchildren(self):
        ctx.warn("xml.etree.ElementTree.Element.getchildren()",
                 instead="list(elem) or iteration over elem", stacklevel=1)
        return list(self)

    if c_element:
        def getiterator(self, tag=None):
            ctx.warn("xml.etree.ElementTree.Element.getiterator()",
                     instead="elem.iter() or list(elem.iter())", stacklevel=1)
            return self.iter(tag)
    else:
        def getiterator(self, tag=None):
            ctx.warn("xml.etree.ElementTree.Element.getiterator()",
                     instead="elem.iter() or list(elem.iter())", stacklevel=1)
            return list(self.iter(tag))

    def tree_getiterator(self, tag=None):
        ctx.warn("xml.etree.ElementTree.ElementTree.getiterator()",
                 instead="tree.iter() or list(tree.iter())", stacklevel=1)
        return list(self.iter(tag))

    for function, owner in ((getchildren, "Element"), (getiterator, "Element"),
                            (tree_getiterator, "ElementTree")):
        function.__module__ = etree.__name__
        function.__qualname__ = owner + ".getiterator" \
            if function is not getchildren else "Element.getchildren"
    tree_getiterator.__name__ = "getiterator"

    ctx.restore(etree.ElementTree, "getiterator", tree_getiterator)
    ctx.restore(element, "getchildren", getchildren)
    ctx.restore(element, "getiterator", getiterator)


@_getchildren_getiterator.hide
def _hide_getchildren_getiterator(etree):
    for name in _ELEMENT_METHODS:
        if name in vars(etree.Element):
            type_setattr(etree.Element, name)
    if "getiterator" in vars(etree.ElementTree):
        delattr(etree.ElementTree, "getiterator")
