"""Shim case importlib-abc-resources: importlib.abc.ResourceReader (removed in 3.14; on 3.9 to
3.13 also Traversable and TraversableResources, which 3.8 did not have).

3.8 did not warn about it.  An ABC with four abstract methods (open_resource, resource_path,
is_resource, contents) that loaders returned from get_resource_reader().  (The default
contents() is not exercised: it returned an empty iterator on 3.8 and raises
FileNotFoundError since 3.11, a change pythonc's alias does not undo.)
"""
import importlib.abc
import io
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

ResourceReader = importlib.abc.ResourceReader
print(ResourceReader.__name__, type(ResourceReader).__name__, sorted(ResourceReader.__abstractmethods__))
from importlib.abc import ResourceReader as Imported  # noqa: E402
print(Imported is ResourceReader, importlib.abc.ResourceReader is ResourceReader)


class Partial(ResourceReader):
    def contents(self):
        return iter(())


try:
    Partial()
except TypeError:
    print("Partial(): TypeError")


class MemoryReader(ResourceReader):
    """A reader of the time: resources kept in a dict."""

    def __init__(self, files):
        self.files = files

    def open_resource(self, resource):
        try:
            return io.BytesIO(self.files[resource])
        except KeyError:
            raise FileNotFoundError(resource)

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return path in self.files

    def contents(self):
        return iter(sorted(self.files))


reader = MemoryReader({"a.txt": b"alpha", "b.bin": b"\x00\x01"})
print(isinstance(reader, ResourceReader), issubclass(MemoryReader, importlib.abc.ResourceReader))
print(list(reader.contents()), reader.is_resource("a.txt"), reader.is_resource("zzz"))
print(reader.open_resource("a.txt").read())
for call in (lambda: reader.open_resource("zzz"), lambda: reader.resource_path("a.txt")):
    try:
        call()
    except FileNotFoundError as exc:
        print("FileNotFoundError:", exc)


class Defaults(ResourceReader):
    def open_resource(self, resource):
        return super().open_resource(resource)

    def resource_path(self, resource):
        return super().resource_path(resource)

    def is_resource(self, path):
        return super().is_resource(path)

    def contents(self):
        return iter(())


defaults = Defaults()
for name in ("open_resource", "resource_path", "is_resource"):
    try:
        getattr(defaults, name)("x")
        print(name, "returned")
    except Exception as exc:
        print(name, type(exc).__name__)
