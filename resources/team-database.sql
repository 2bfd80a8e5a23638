-- A Drempelkompas team database with least privilege. Run it as a PostgreSQL superuser, once per
-- database (the roles are made the first time only):
--
--   psql -v dbname=drempelkompas -v owner_password='…' -f team-database.sql
--
-- drempelkompas_owner owns the tables: sign in as this role with the app (or any command, such as
-- `drempelkompas --db postgresql://drempelkompas_owner@server/drempelkompas list`) once to make
-- them, and again after each app update that brings a new schema version.
-- drempelkompas_user is what each user's own role belongs to: it reads and writes rows, and
-- cannot change the tables (nor the schema version in drempelkompas_schema). Add users at the bottom.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE drempelkompas_owner LOGIN PASSWORD %L', :'owner_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'drempelkompas_owner') \gexec
SELECT 'CREATE ROLE drempelkompas_user NOLOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'drempelkompas_user') \gexec
-- C.UTF-8 sorts and compares as the app's own database files do.
CREATE DATABASE :"dbname" OWNER drempelkompas_owner ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;

\connect :"dbname"
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO drempelkompas_user;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO drempelkompas_owner;
GRANT USAGE ON SCHEMA public TO drempelkompas_user;
ALTER DEFAULT PRIVILEGES FOR ROLE drempelkompas_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO drempelkompas_user;
ALTER DEFAULT PRIVILEGES FOR ROLE drempelkompas_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO drempelkompas_user;

-- One role per user. The history records who did what by the role's comment and name,
-- e.g. "Anna de Vries (anna)":
-- CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE drempelkompas_user;
-- COMMENT ON ROLE anna IS 'Anna de Vries';
