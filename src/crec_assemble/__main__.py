"""``python -m crec_assemble``: the same as the ``crec-assemble`` command."""

from .cli.app import main

if __name__ == "__main__":
    main()
