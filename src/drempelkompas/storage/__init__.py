"""The SQLite file: peewee models, opening and checking the database, migrations, backups."""
