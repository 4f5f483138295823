"""Generate typed Python clients and multi-language docs samples from YAML API specs.

The pipeline runs in one direction:

    specs/*.yaml --(spec.load)--> strict spec models --(ir.build)--> frozen Api
    --(targets.*)--> {relative path: bytes} --(output.writer)--> generated/
"""

__version__ = "0.1.0"
