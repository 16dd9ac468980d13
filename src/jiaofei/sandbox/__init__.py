"""A real HTTP server that plays the vendor, driven by the spec and its overlay."""

from jiaofei.sandbox.app import create_app

__all__ = ["create_app"]
