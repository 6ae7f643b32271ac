"""``uv run python -m tools.bundle``: the app as one folder that runs without Python (PyInstaller).

Builds for the machine it runs on: compiles the translations and renders the icon into a staging
folder, runs PyInstaller on ``packaging/interact-desktop.spec``, then packs the result for users: on
Linux a .tar.gz with the folder, a .desktop file, the icon and ``install.sh``; on Windows a .zip of
the folder; on macOS a .zip of ``INTERACT Desktop.app``. Prints where they are, their sizes and the
build time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from interact_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "interact-desktop.spec"
LINUX_FILES = ROOT / "packaging" / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "interact-desktop.svg"
NAME = "interact-desktop"
ICON_SIZE = 256


def compile_translations(target: Path) -> None:
    """translations/*.ts to .qm with Qt's lrelease, as the wheel's build hook does (hatch_build.py),
    but into the staging folder: the bundle never depends on .qm files left in the checkout."""
    import PySide6

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    target.mkdir(parents=True, exist_ok=True)
    for ts_file in sorted((ROOT / "translations").glob("*.ts")):
        qm_file = target / f"{ts_file.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def render_icon(target: Path, size: int = ICON_SIZE) -> None:
    """The app icon as a PNG, drawn from its SVG by Qt (PyInstaller turns it into .ico/.icns)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([NAME, "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def run_pyinstaller(staging: Path, dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), "--", "--staging", str(staging),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)


def platform_tag() -> str:
    names = {"linux": "linux", "win32": "windows", "darwin": "macos"}
    system = names.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def pack_linux(folder: Path, staging: Path, out: Path) -> Path:
    """The download for Linux: the folder as app/, with install.sh, the .desktop file and icons.

    Permissions and symbolic links are kept (tar), so ``./install.sh`` and ``app/interact-desktop``
    run right after unpacking."""
    top = f"{NAME}-{__version__}-{platform_tag()}"
    archive = out / f"{top}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"{top}/app")
        tar.add(LINUX_FILES / "install.sh", arcname=f"{top}/install.sh")
        tar.add(LINUX_FILES / f"{NAME}.desktop", arcname=f"{top}/{NAME}.desktop")
        tar.add(staging / "icons" / f"{NAME}.png", arcname=f"{top}/{NAME}.png")
        tar.add(ICON_SVG, arcname=f"{top}/{NAME}.svg")
    return archive


def pack_zip(folder: Path, out: Path) -> Path:
    """The download for Windows (the folder) or macOS (the .app, zipped by ``ditto``, which keeps
    the symbolic links and permissions an app bundle needs)."""
    archive = out / f"{NAME}-{__version__}-{platform_tag()}.zip"
    if sys.platform == "darwin":
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(archive)], check=True)
    else:
        shutil.make_archive(str(archive.with_suffix("")), "zip", folder.parent, folder.name)
    return archive


def folder_size(folder: Path) -> int:
    """Bytes on disk once unpacked (symbolic links count once, as the files they point to)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path, work: Path) -> tuple[Path, Path]:
    """Builds the bundle into ``out``; returns the app folder and the download archive."""
    staging = work / "staging"
    shutil.rmtree(staging, ignore_errors=True)
    compile_translations(staging / "translations")
    render_icon(staging / "icons" / f"{NAME}.png")
    dist = out / "pyinstaller"
    run_pyinstaller(staging, dist, work / "pyinstaller")
    if sys.platform == "darwin":
        app = dist / "INTERACT Desktop.app"
        return app, pack_zip(app, out)
    folder = dist / NAME
    if sys.platform == "win32":
        return folder, pack_zip(folder, out)
    return folder, pack_linux(folder, staging, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bundle", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "bundle", metavar="DIR")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", metavar="DIR")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    folder, archive = build(args.out.resolve(), args.work.resolve())
    seconds = time.perf_counter() - started
    mb = 1000 * 1000
    print(f"app folder: {folder} ({folder_size(folder) / mb:.1f} MB unpacked)")
    print(f"download:   {archive} ({archive.stat().st_size / mb:.1f} MB)")
    print(f"build time: {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
