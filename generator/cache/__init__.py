"""A content-keyed cache that makes `generate` and `check` cheap when nothing changed.

Three kinds of entries, each keyed by the SHA-256 of the generator's
fingerprint and the entry's input:

- `yaml`: a spec file's data and key positions, by the file's bytes (files
  that read without an error only, so every error is found afresh);
- `black`: formatted Python, by the rendered source text;
- `run`: every output file of a whole run, by the bytes of the selected API
  folders and the options (stored only after a run succeeded).

The fingerprint covers the generator's own files, the templates, Python and
the packages that shape the output, so changing any of them starts afresh.
Output is byte-identical with and without the cache.
"""

from __future__ import annotations

from generator.cache.store import Cache, cache_dir, current, using

__all__ = ["Cache", "cache_dir", "current", "using"]
