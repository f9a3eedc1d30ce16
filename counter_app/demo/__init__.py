"""Synthetic halls for demos, training and benchmarks (a layer above the services).

Built on the services' own builders and number series: this package keeps only the
random choices and the bulk inserts. ``fill_demo`` (fill.py) is the entry point;
training_store.py makes the training store from it.
"""

from counter_app.demo.fill import DemoSummary, fill_demo, refuse_real_store
from counter_app.demo.hall import DEMO_HALL, DEMO_PASSWORD
from counter_app.services.store_kind import DEMO_MARKER

__all__ = [
    "DEMO_HALL",
    "DEMO_MARKER",
    "DEMO_PASSWORD",
    "DemoSummary",
    "fill_demo",
    "refuse_real_store",
]
