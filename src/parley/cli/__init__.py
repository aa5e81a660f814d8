"""The `parley` command line: a thin shell over `parley.pipeline.Parley`.

`parley.cli.main:main` is the console entry point. Each module holds one command group and
only parses options, calls one library method and renders the result.
"""
