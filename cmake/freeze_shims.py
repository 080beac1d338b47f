"""Freeze pythonc's shims: read shims/*.py, collect their declarations, write one C file.

    python freeze_shims.py OUTPUT.c SHIM.py...

Run by the interpreter pythonc links against (marshalled code loads only on the X.Y that
made it). Declarations are read from the syntax tree, without running the files:
  - @shim("id", target=..., removed_in=..., replacement=..., kind=...) on a function
    (target defaults to the file's name; a tuple of names applies the shim to each);
  - a module-level  __shim__ = {...}  in a file that *is* a restored module;
  - NOT_RESTORABLE = [{...}, ...] in _not_restorable.py.
Files whose name starts with "_" (the engine) are frozen but declare nothing else.
"""
import ast
import marshal
import os
import sys

class DeclarationError(Exception):
    pass


def literal(node, where):
    try:
        return ast.literal_eval(node)
    except ValueError:
        raise DeclarationError(f"{where}: declaration arguments must be literals")


def parse_version(text, where):
    parts = text.split(".")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise DeclarationError(f"{where}: removed_in {text!r} is not MAJOR.MINOR[.MICRO]")
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums


def declarations(path, name, tree):
    """Yield one dict per catalog entry declared in this file."""
    for node in tree.body:
        where = f"{path}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for dec in node.decorator_list:
                if (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Name)
                        and dec.func.id == "shim"):
                    if len(dec.args) != 1:
                        raise DeclarationError(f"{where}: @shim takes the id as its one positional argument")
                    entry = {"id": literal(dec.args[0], where), "target": name, "file": name,
                             "kind": "", "restorable": True, "reason": ""}
                    for kw in dec.keywords:
                        entry[kw.arg] = literal(kw.value, where)
                    yield entry
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            var = node.targets[0].id
            if var == "__shim__":
                entry = {"target": name, "file": name, "kind": "module", "restorable": True,
                         "reason": ""}
                entry.update(literal(node.value, where))
                yield entry
            elif var == "NOT_RESTORABLE":
                for item in literal(node.value, where):
                    entry = {"file": "", "kind": "", "replacement": "", "restorable": False}
                    entry.update(item)
                    yield entry


def c_string(text):
    out = ['"']
    for ch in text.encode("utf-8"):
        if ch in (0x22, 0x5C):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    out.append('"')
    return "".join(out)


# The frozen image's alignment: a multiple of the page size of the systems pythonc runs on
# (4 KiB; 16 KiB on some arm64 kernels).
IMAGE_ALIGN = 16384


def main(argv):
    output, sources = argv[1], argv[2:]
    entries, frozen, seen = [], [], {}
    for path in sorted(sources):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, path)
        for entry in declarations(path, name, tree):
            missing = [k for k in ("id", "target", "removed_in", "replacement") if not entry.get(k)
                       and not (k == "replacement" and not entry["restorable"])]
            if missing:
                raise DeclarationError(f"{path}: declaration {entry.get('id')!r} lacks {', '.join(missing)}")
            if entry["id"] in seen:
                raise DeclarationError(f"{path}: shim id {entry['id']!r} also declared in {seen[entry['id']]}")
            if not entry["restorable"] and not entry.get("reason"):
                raise DeclarationError(f"{path}: {entry['id']!r} is not restorable but gives no reason")
            seen[entry["id"]] = path
            if isinstance(entry["target"], (tuple, list)):
                entry["target"] = ",".join(entry["target"])
            entry["removed"] = parse_version(entry["removed_in"], path)
            entries.append(entry)
        if name != "_not_restorable":
            # The engine's docstrings are for readers of the source, not for users: strip them
            # (smaller, faster to load). Shims keep theirs (help(imp.reload)) and their
            # asserts (3.8's own checks, e.g. set_child_watcher()), private files included.
            optimize = 2 if name == "_compat_engine" else 0
            code = compile(source, f"<pythonc shims/{name}.py>", "exec", dont_inherit=True,
                           optimize=optimize)
            frozen.append((name, marshal.dumps(code)))

    # One block for every file (launcher/frozen_image.c): the engine first, then the private
    # files, then the shim files by name; aligned to and padded to IMAGE_ALIGN, so that the
    # pages it spans hold nothing else. (C has no portable way to say the alignment; the
    # compilers pythonc builds with, GCC and Clang, take the attribute.)
    frozen.sort(key=lambda item: (item[0] != "_compat_engine", not item[0].startswith("_"),
                                  item[0]))
    image, offsets = bytearray(), []
    for name, data in frozen:
        offsets.append(len(image))
        image += data
    image += bytes(-len(image) % IMAGE_ALIGN)
    lines = ["/* Auto-generated by cmake/freeze_shims.py from shims/. Do not edit. */",
             '#include "frozen.h"', "",
             "#if defined(__GNUC__) || defined(__clang__)",
             f"__attribute__((aligned({IMAGE_ALIGN})))",
             "#endif",
             "const unsigned char pythonc_frozen_image[] = {"]
    for j in range(0, len(image), 24):
        lines.append("    " + ",".join(str(b) for b in image[j:j + 24]) + ",")
    lines.append("};")
    lines.append(f"const long pythonc_frozen_image_size = {len(image)};")
    lines.append("const pythonc_frozen_file pythonc_frozen_files[] = {")
    for (name, data), offset in zip(frozen, offsets):
        lines.append(f"    {{{c_string(name)}, {offset}, {len(data)}}},")
    lines.append("    {0, 0, 0}\n};")
    lines.append(f"const int pythonc_frozen_files_len = {len(frozen)};")
    lines.append("const pythonc_catalog_entry pythonc_catalog[] = {")
    for e in sorted(entries, key=lambda e: e["id"]):
        r = e["removed"]
        lines.append("    {%s, %s, %s, {%d, %d, %d}, %s, %s, %s, %d, %s}," % (
            c_string(e["id"]), c_string(e["target"]), c_string(e["removed_in"]), r[0], r[1], r[2],
            c_string(e.get("replacement", "")), c_string(e.get("kind", "")), c_string(e["file"]),
            1 if e["restorable"] else 0, c_string(e.get("reason", ""))))
    lines.append("    {0}\n};")
    lines.append(f"const int pythonc_catalog_len = {len(entries)};")
    text = "\n".join(lines) + "\n"
    tmp = output + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, output)


if __name__ == "__main__":
    try:
        main(sys.argv)
    except (DeclarationError, SyntaxError) as exc:
        sys.exit(f"freeze_shims: {exc}")
