"""Test tools shipped with the package: a fault-injecting OpenAI-compatible server and a local llama.cpp server.

The tests and benchmarks use them; the product never imports this package (an import-linter
contract in ``pyproject.toml`` checks it).
"""
