"""Shims for the ast module: the node classes and aliases that 3.8 kept for code written
before ast.Constant (all removed in 3.14), rebuilt from the documented and observed
behaviour of 3.8.

- ast-legacy-constant-classes: ast.Num, ast.Str, ast.Bytes, ast.NameConstant and
  ast.Ellipsis.  Calling one makes a plain ast.Constant (Ellipsis() holds `...`);
  isinstance(node, ast.Num) is true for a Constant whose value is a number but not a bool,
  ast.Str for str, ast.Bytes for bytes, ast.NameConstant for None/True/False, ast.Ellipsis
  for `...`.  They are back in the module's namespace (so `from ast import *` and dir()
  see them, as on 3.8); each construction and each isinstance() test against them warns.
- ast-constant-n-s: Constant.n and Constant.s, read/write aliases of Constant.value.
- ast-nodevisitor-visit-num: NodeVisitor.visit_Constant, which hands a Constant to the
  visitor's visit_Num / visit_Str / visit_Bytes / visit_NameConstant / visit_Ellipsis when
  it defines the one matching the value's type (warning at each such call), and to
  generic_visit() otherwise.
"""
from _compat_engine import shim

LEGACY_NAMES = ("Num", "Str", "Bytes", "NameConstant", "Ellipsis")

# Which Constant values each legacy class stands for, in the order the visitor tries them
# (bool before int: True is a NameConstant, not a Num).
_VALUE_KINDS = (
    (bool, "NameConstant"),
    (type(None), "NameConstant"),
    (int, "Num"),
    (float, "Num"),
    (complex, "Num"),
    (str, "Str"),
    (bytes, "Bytes"),
    (type(...), "Ellipsis"),
)


def _kind_of(value):
    for value_type, name in _VALUE_KINDS:
        if isinstance(value, value_type):
            return name
    return None


def _make_legacy_classes(ast, ctx):
    """The five classes, as 3.8 had them: subclasses of Constant whose metaclass decides
    isinstance() from the Constant's value."""
    Constant = ast.Constant
    made = {}

    class _ABC(type):
        def __instancecheck__(cls, inst):
            name = made.get(cls)
            if name is not None:
                ctx.warn("ast.%s" % name, stacklevel=1)
            if not isinstance(inst, Constant):
                return False
            if name is not None:
                try:
                    value = inst.value
                except AttributeError:
                    return False
                return _kind_of(value) == name
            return type.__instancecheck__(cls, inst)

    _ABC.__module__ = ast.__name__
    _ABC.__qualname__ = "_ABC"

    def _new(cls, *args, **kwargs):
        legacy = made.get(cls)
        for base in cls.__mro__:
            if base in made:
                ctx.warn("ast.%s" % made[base], stacklevel=1)
                break
        fields = cls._fields
        for key in kwargs:
            if key in fields and fields.index(key) < len(args):
                raise TypeError("%s got multiple values for argument %r"
                                % (cls.__name__, key))
        if legacy is not None:
            # n= and s= were Constant's own aliases of value=.
            renamed = {}
            for key, value in kwargs.items():
                renamed["value" if key in ("n", "s") else key] = value
            if legacy == "Ellipsis":
                return Constant(..., *args, **renamed)
            return Constant(*args, **renamed)
        # A class derived from a legacy one makes instances of itself.
        return Constant.__new__(cls, *args, **kwargs)

    fields = {"Num": ("n",), "Str": ("s",), "Bytes": ("s",), "Ellipsis": ()}
    for name in LEGACY_NAMES:
        namespace = {"__module__": ast.__name__, "__qualname__": name, "__new__": _new}
        if name in fields:
            namespace["_fields"] = fields[name]
        made[_ABC(name, (Constant,), namespace)] = name
    return {name: cls for cls, name in made.items()}


@shim("ast-legacy-constant-classes", removed_in="3.14", replacement="ast.Constant",
      kind="class")
def _legacy_classes(ast, ctx):
    classes = _make_legacy_classes(ast, ctx)
    for name in LEGACY_NAMES:
        ctx.restore(ast, name, classes[name])


@_legacy_classes.hide
def _hide_legacy_classes(ast):
    for name in LEGACY_NAMES:
        ast.__dict__.pop(name, None)
    # 3.12 and 3.13 served them (only them) through a module __getattr__.
    ast.__dict__.pop("__getattr__", None)


@shim("ast-constant-n-s", removed_in="3.14", replacement="ast.Constant.value", kind="alias")
def _constant_n_s(ast, ctx):
    for name in ("n", "s"):
        what = "ast.Constant.%s" % name

        def get(self, what=what):
            ctx.warn(what, stacklevel=1)
            return self.value

        def set(self, value, what=what):
            ctx.warn(what, stacklevel=1)
            self.value = value

        ctx.restore(ast.Constant, name, property(get, set))


@_constant_n_s.hide
def _hide_constant_n_s(ast):
    for name in ("n", "s"):
        if name in vars(ast.Constant):
            delattr(ast.Constant, name)


@shim("ast-nodevisitor-visit-num", removed_in="3.14",
      replacement="a visit_Constant() method", kind="behaviour-change")
def _visit_num(ast, ctx):

    def visit_Constant(self, node):
        value = node.value
        name = _kind_of(value)
        if name is not None:
            method = "visit_" + name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                ctx.warn("NodeVisitor dispatch to %s()" % method,
                         instead="visit_Constant()", stacklevel=1)
                return visitor(node)
        return self.generic_visit(node)

    visit_Constant.__qualname__ = "NodeVisitor.visit_Constant"
    visit_Constant.__module__ = ast.__name__
    ctx.restore(ast.NodeVisitor, "visit_Constant", visit_Constant)


@_visit_num.hide
def _hide_visit_num(ast):
    if "visit_Constant" in vars(ast.NodeVisitor):
        del ast.NodeVisitor.visit_Constant
