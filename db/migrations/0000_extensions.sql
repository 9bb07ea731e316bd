-- Extensions the schema relies on; PGlite loads the same ones (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
