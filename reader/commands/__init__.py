"""The subcommands of `reader`, one module each.

Each module has `register(commands)`, which adds its parser to argparse's
subparsers and sets `handler`; heavy imports stay inside the handlers so
`reader --help` answers at once.
"""
