"""The build compiles every translations/drempelkompas_*.ts into the .qm file the app loads.

So adding a language is adding its .ts file: no compiled file is kept in the repository.
Everything else about the package is in pyproject.toml.
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


class BuildWithTranslations(build_py):
    def run(self):
        sys.path.insert(0, str(HERE / "src"))
        from drempelkompas.tools.translation_files import compile_all

        folder = HERE / "translations"
        compile_all(folder, folder)  # *.qm are package data of drempelkompas.translations
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
