"""PyInstaller runtime hook: let python-codicefiscale find its JSON data inside the bundle.

When `sys.frozen` is set, `codicefiscale.data.get_data_basedir()` returns the executable's folder,
but the spec ships the files at `_MEIPASS/codicefiscale/data/`. The fix is applied when that module
is first imported, so starting the app does not pay for importing codicefiscale.
"""

import importlib.abc
import importlib.machinery
import os
import sys

_MODULE = "codicefiscale.data"
_DATA_BASEDIR = os.path.join(sys._MEIPASS, "codicefiscale")


class _RedirectingLoader(importlib.abc.Loader):
    def __init__(self, loader):
        self._loader = loader

    def __getattr__(self, name):  # get_code, get_source, ... for tracebacks and inspect
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        # get_data() looks this function up at call time, so replacing it is enough.
        module.get_data_basedir = lambda: _DATA_BASEDIR


class _CodiceFiscaleDataFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != _MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _RedirectingLoader(spec.loader)
        return spec


sys.meta_path.insert(0, _CodiceFiscaleDataFinder())
