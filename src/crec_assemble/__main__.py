"""``python -m crec_assemble``: the same as the ``crec-assemble`` command."""

from .cli import main

main()
