"""Alembic environment: runs on the engine the app hands over in config.attributes."""

from alembic import context

from counter_app.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from counter_app.store.db import open_engine

    engine = open_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///counter.db")


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # The FTS5 search tables are created by hand in migrations, not by the models.
    return not (type_ == "table" and name and "_fts" in name)


with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several counters starting a new release at once: one migrates, the
            # others wait here, then find the revision current and do nothing.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242004201)")
        context.run_migrations()
    connection.commit()
