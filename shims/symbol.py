"""The `symbol` module, restored by pythonc for code written for Python 3.9 and older.

`symbol` held the numbers of the non-terminal symbols of the old LL(1) parser's grammar, as the
`parser` module's concrete syntax trees used them; it was deprecated in 3.9 and removed in 3.10
together with that parser (the `ast` module's node classes replace it).  The values here are
those Python 3.8 and 3.9 had; they describe no tree the running Python can produce.  pythonc
serves this module only where the running Python has no `symbol` of its own; importing it
emits one `_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "symbol-module", "removed_in": "3.10", "replacement": "the ast module"}

# The non-terminal symbols of 3.8's grammar, in the order of their numbers: the first is 256
# (token numbers stay below 256), each next one is one more.
_NAMES = """
single_input file_input eval_input decorator decorators decorated async_funcdef
funcdef parameters typedargslist tfpdef varargslist vfpdef stmt simple_stmt small_stmt
expr_stmt annassign testlist_star_expr augassign del_stmt pass_stmt flow_stmt
break_stmt continue_stmt return_stmt yield_stmt raise_stmt import_stmt import_name
import_from import_as_name dotted_as_name import_as_names dotted_as_names dotted_name
global_stmt nonlocal_stmt assert_stmt compound_stmt async_stmt if_stmt while_stmt
for_stmt try_stmt with_stmt with_item except_clause suite namedexpr_test test
test_nocond lambdef lambdef_nocond or_test and_test not_test comparison comp_op
star_expr expr xor_expr and_expr shift_expr arith_expr term factor power atom_expr
atom testlist_comp trailer subscriptlist subscript sliceop exprlist testlist
dictorsetmaker classdef arglist argument comp_iter sync_comp_for comp_for comp_if
encoding_decl yield_expr yield_arg func_body_suite func_type_input func_type typelist
""".split()

sym_name = dict(enumerate(_NAMES, 256))
globals().update((name, number) for number, name in sym_name.items())
