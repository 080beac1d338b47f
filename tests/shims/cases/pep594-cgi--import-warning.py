"""Shim case pep594-cgi, import warning: the output must not depend on whether `import cgi`
warned.

Python 3.8 did not warn at `import cgi`; 3.11 and 3.12 do (their own DeprecationWarning) and
pythonc's restored module does (CompatDeprecationWarning, a DeprecationWarning).  So this
case prints nothing about the warnings of the import itself, only that none of them is
anything but a DeprecationWarning; the old code then runs with every warning turned into an
error, as 3.8 allowed, so any warning from the calls themselves would show.  On 3.11 and 3.12
it prints the same as on 3.8; where the module is gone (3.13, or a simulated removal) it
fails without pythonc's shim.
"""
import io
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import cgi
print("import: only deprecation warnings:",
      all(issubclass(w.category, DeprecationWarning) for w in caught))
print("module:", cgi.__name__, sorted(cgi.__all__)[:3])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    form = cgi.FieldStorage(io.BytesIO(b"user=root&lang=en"), environ={
        "REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": "17", "QUERY_STRING": "page=1"})
    print(sorted(form.keys()), form.getfirst("user"), form["lang"].value, form.getvalue("page"))
    print(cgi.parse_header('form-data; name="upload"; filename="a.txt"'))
    print(sorted(cgi.parse(environ={"QUERY_STRING": "a=1&a=2"}).items()))
    print(cgi.MiniFieldStorage("k", "v"))
    print(bool(cgi.valid_boundary("boundary")))
print("done")
