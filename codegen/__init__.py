"""spec/ + overlays/ -> generated/: one reproducible step (``python -m codegen``)."""
