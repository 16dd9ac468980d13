"""Property-based contract tests generated from our specs, run against anyone's server or
callback receiver (needs the ``contract`` extra: schemathesis)."""
