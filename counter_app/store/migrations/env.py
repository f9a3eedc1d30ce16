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
    # SQLite: a table rebuilt by batch mode is dropped, and with foreign keys on, a table
    # others point at cannot be dropped while they do (a hall's store could not be
    # upgraded; tests/store/test_upgrade_with_data.py). Off for the migration, set
    # outside its transaction (inside one SQLite ignores the pragma), every reference
    # checked before the commit, and on again whatever happens.
    raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
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
            if raw is not None:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"迁移后有 {len(broken)} 处引用失效：{broken[:3]}")
        connection.commit()
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")
