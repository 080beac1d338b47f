"""The `pipes` module, restored by pythonc for code written for Python 3.12 and older.

`pipes` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (the Template pipeline builder, the step kinds and
`quote`, which is shlex.quote), written from the library reference and from the observed
behaviour of Python 3.8: the same /bin/sh command lines, the same errors.  pythonc serves it
only where the running Python has no `pipes` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-pipes", "removed_in": "3.13",
            "replacement": "subprocess (and shlex.quote for pipes.quote)"}

import os
import re
import tempfile
from shlex import quote

__all__ = ["Template"]

# Step kinds: two characters, what the command reads and what it writes.  "f" is a named file
# ($IN / $OUT in the command), "-" standard input/output, "." nothing at all.
FILEIN_FILEOUT = "ff"
STDIN_FILEOUT = "-f"
FILEIN_STDOUT = "f-"
STDIN_STDOUT = "--"
SOURCE = ".-"
SINK = "-."

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK]

_NAMES_IN = re.compile(r"\$IN\b")
_NAMES_OUT = re.compile(r"\$OUT\b")


class Template:
    """A pipeline of shell commands ("steps"), run through /bin/sh by open() and copy()."""

    def __init__(self):
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return "<Template instance, steps=%r>" % (self.steps,)

    def reset(self):
        """Remove every step."""
        self.steps = []

    def clone(self):
        """A new Template with the same steps and debugging flag."""
        twin = Template()
        twin.steps = list(self.steps)
        twin.debugging = self.debugging
        return twin

    def debug(self, flag):
        """When flag is true, print each command line before running it (under set -x)."""
        self.debugging = flag

    def _check(self, where, cmd, kind):
        if not isinstance(cmd, str):
            raise TypeError("Template.%s: cmd must be a string" % where)
        if kind not in stepkinds:
            raise ValueError("Template.%s: bad kind %r" % (where, kind))

    @staticmethod
    def _check_names(where, cmd, kind):
        if kind[0] == "f" and not _NAMES_IN.search(cmd):
            raise ValueError("Template.%s: missing $IN in cmd" % where)
        if kind[1] == "f" and not _NAMES_OUT.search(cmd):
            raise ValueError("Template.%s: missing $OUT in cmd" % where)

    def append(self, cmd, kind):
        """Add a step at the end of the pipeline."""
        self._check("append", cmd, kind)
        if kind == SOURCE:
            raise ValueError("Template.append: SOURCE can only be prepended")
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError("Template.append: already ends with SINK")
        self._check_names("append", cmd, kind)
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        """Add a step at the start of the pipeline."""
        self._check("prepend", cmd, kind)
        if kind == SINK:
            raise ValueError("Template.prepend: SINK can only be appended")
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError("Template.prepend: already begins with SOURCE")
        self._check_names("prepend", cmd, kind)
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        """A file object: reading `file` through the pipeline (rw "r"), or writing into the
        pipeline, whose output goes to `file` (rw "w")."""
        if rw == "r":
            return self.open_r(file)
        if rw == "w":
            return self.open_w(file)
        raise ValueError("Template.open: rw must be 'r' or 'w', not %r" % (rw,))

    def open_r(self, file):
        """The pipeline's output, with `file` as its input."""
        if not self.steps:
            return open(file, "r")
        if self.steps[-1][1] == SINK:
            # (sic: the message of the old module)
            raise ValueError("Template.open_r: pipeline ends width SINK")
        return os.popen(self.makepipeline(file, ""), "r")

    def open_w(self, file):
        """The pipeline's input, with `file` receiving its output."""
        if not self.steps:
            return open(file, "w")
        if self.steps[0][1] == SOURCE:
            raise ValueError("Template.open_w: pipeline begins with SOURCE")
        return os.popen(self.makepipeline("", file), "w")

    def copy(self, infile, outfile):
        """Run the pipeline from infile to outfile; the os.system() status."""
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        """The /bin/sh command line of the pipeline ("" for standard input/output)."""
        command = makepipeline(infile, self.steps, outfile)
        if self.debugging:
            print(command)
            command = "set -x; " + command
        return command


class _Stage:
    """One command of a pipeline being laid out: where it reads and writes."""

    def __init__(self, cmd, kind):
        self.cmd = cmd
        self.kind = kind
        self.source = ""
        self.target = ""


def makepipeline(infile, steps, outfile):
    """The /bin/sh command line running `steps` [(cmd, kind), ...] from infile to outfile.
    Steps that read or write named files are joined through temporary files, removed at the
    end (and on the usual signals); the others through pipes."""
    stages = [_Stage(cmd, kind) for cmd, kind in steps]
    if not stages:
        stages.append(_Stage("cat", STDIN_STDOUT))
    if stages[0].kind[0] == "f" and not infile:
        stages.insert(0, _Stage("cat", STDIN_STDOUT))
    stages[0].source = infile
    if stages[-1].kind[1] == "f" and not outfile:
        stages.append(_Stage("cat", STDIN_STDOUT))
    stages[-1].target = outfile

    temporaries = []
    for before, after in zip(stages, stages[1:]):
        if before.kind[1] == "f" or after.kind[0] == "f":
            handle, name = tempfile.mkstemp()
            os.close(handle)
            temporaries.append(name)
            before.target = after.source = name

    for stage in stages:
        text = stage.cmd
        if stage.kind[1] == "f":
            text = "OUT=%s; %s" % (quote(stage.target), text)
        if stage.kind[0] == "f":
            text = "IN=%s; %s" % (quote(stage.source), text)
        if stage.kind[0] == "-" and stage.source:
            text += " <" + quote(stage.source)
        if stage.kind[1] == "-" and stage.target:
            text += " >" + quote(stage.target)
        stage.cmd = text

    script = stages[0].cmd
    for stage in stages[1:]:
        if stage.source:
            script += "\n" + stage.cmd
        elif "f" in stage.kind:
            script += " |\n{ " + stage.cmd + "; }"
        else:
            script += " |\n" + stage.cmd

    if temporaries:
        cleanup = "rm -f " + " ".join(quote(name) for name in temporaries)
        script = "trap %s 1 2 3 13 14 15\n%s\n%s" % (quote(cleanup + "; exit"), script, cleanup)
    return script
