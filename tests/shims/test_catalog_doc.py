"""docs/shims.md is the catalog compiled into pythonc (regenerate with catalog_doc.py)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog_doc  # noqa: E402

DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                   "docs", "shims.md")


class CatalogDoc(unittest.TestCase):
    maxDiff = None

    def test_doc_matches_catalog(self):
        with open(DOC, encoding="utf-8") as f:
            self.assertEqual(f.read(), catalog_doc.render(),
                             "docs/shims.md is stale: PYTHONC=... python3 tests/shims/catalog_doc.py > docs/shims.md")


if __name__ == "__main__":
    unittest.main(verbosity=2)
