"""``python -m crec_assemble``: the same as the ``crec-assemble`` command."""

from .cli.app import main

main()
