#!/usr/bin/env python3
"""Packs the release build (dist/) into senda-<version>.zip, the artefact an
organisation downloads, fills in (senda.config.json, resource packs) and
copies to its static host. The files sit in a folder named senda-<version>/
so that unpacking never scatters them. Run by `make dist` after the build."""
import pathlib
import re
import sys
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
dist = root / "dist"
cargo = (root / "Cargo.toml").read_text(encoding="utf-8")
version = re.search(r'^version\s*=\s*"([^"]+)"', cargo, re.MULTILINE).group(1)
if not (dist / "index.html").is_file():
    sys.exit("dist/index.html is missing: build first (make dist does)")

archive = root / f"senda-{version}.zip"
folder = f"senda-{version}"
with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zip_file:
    for path in sorted(dist.rglob("*")):
        if path.is_file():
            zip_file.write(path, f"{folder}/{path.relative_to(dist).as_posix()}")
print(f"{archive.name}: {archive.stat().st_size // 1024} KB, unpacks to {folder}/")
