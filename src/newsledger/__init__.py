"""newsledger: structured, source-attributed records from news reports about wars, crises and diplomacy.

The public entry point is :func:`newsledger.pipeline.extract`, which turns one raw document (text or HTML) into an
:class:`newsledger.records.Extraction`.
"""

__version__ = "0.1.0"
