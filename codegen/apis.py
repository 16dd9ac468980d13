"""The APIs codegen builds: where each one's spec and overlay live and which package it becomes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "jiaofei"


@dataclass(frozen=True)
class Api:
    name: str

    @property
    def package(self) -> str:
        return self.name.replace("-", "_")

    @property
    def spec_path(self) -> Path:
        return ROOT / "spec" / f"{self.name}.yaml"

    @property
    def spec_files(self) -> list[Path]:
        """The spec and, for a spec written in parts (``x-parts``), every part."""
        folder = self.spec_path.with_suffix("")
        return [self.spec_path, *sorted(folder.glob("*.yaml"))]

    @property
    def overlay_path(self) -> Path:
        return ROOT / "overlays" / f"{self.name}.overlay.yaml"

    @property
    def output(self) -> Path:
        return GENERATED / self.package


APIS = [
    Api("recharge-upstream"),
    Api("recharge-service"),
    Api("ccb-electricity"),
    Api("cmpay"),
    Api("cmcc-osp"),
]
