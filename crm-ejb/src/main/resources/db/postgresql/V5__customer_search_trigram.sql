-- PostgreSQL only: trigram indexes for the grid's fuzzy search, which matches LOWER(code), LOWER(name)
-- and LOWER(distributor) with LIKE '%text%'. A B-tree cannot serve a pattern that starts with %, so
-- without these every search read the whole customer table. A search text shorter than three
-- characters has no whole trigram and still reads the table.
-- pg_trgm is a trusted extension: a database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_customer_code_trgm ON customer USING gin (LOWER(code) gin_trgm_ops);
CREATE INDEX ix_customer_name_trgm ON customer USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX ix_customer_distributor_trgm ON customer USING gin (LOWER(distributor) gin_trgm_ops);
