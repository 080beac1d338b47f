"""distutils.core is not restored by pythonc (see shims/distutils.py): pythonc brings back the
parts of distutils that programs use while they run, not the build system.  Importing it
raises ModuleNotFoundError (an ImportError), naming what to use instead."""

raise ModuleNotFoundError(
    "No module named 'distutils.core': pythonc --compat restores only the run-time helpers of "
    "distutils, not its build system; install setuptools (pip install setuptools), whose "
    "distutils then takes precedence, or use setuptools directly (from setuptools import "
    "setup, Extension, Command)", name="distutils.core")
