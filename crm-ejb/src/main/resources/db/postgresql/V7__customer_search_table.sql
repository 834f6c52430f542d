-- PostgreSQL only: the texts the grid's fuzzy search reads move to a table of their own, kept by a
-- trigger. Two reasons:
--  * Searches of one or two characters, common with Chinese names, had no index: pg_trgm needs three
--    characters. The column "pairs" contains every pair of neighbouring characters of code, name and
--    distributor as a word of its own (" 深圳 圳光 光电 电 "), so '% 光电 %' and '% 光%' give pg_trgm
--    whole trigrams of a word boundary and a GIN index serves them.
--  * A transfer rewrites the customer row, and every index on it gets an entry for the new row
--    version. GIN indexes on customer made each transfer, and a bulk transfer of many customers,
--    pay for search texts that did not change. The trigger here fires only when a searched column
--    changes.

-- Lower-cased code, name and distributor, one per line: a search text never contains a line break, so
-- LIKE '%text%' matches within one of them, as it did on the three columns.
CREATE FUNCTION customer_search_text(code TEXT, name TEXT, distributor TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT LOWER(code) || E'\n' || LOWER(name) || E'\n' || LOWER(COALESCE(distributor, ''))
$$;

-- The pairs of neighbouring characters of the three texts, each pair a word between spaces. A
-- character before a blank, or at the end of a text, is a word by itself, so that every character
-- begins a word and a one-character search needs '% x%' only. Blanks (the line breaks between the
-- texts among them) end a word, so no pair spans two texts.
CREATE FUNCTION customer_search_pairs(code TEXT, name TEXT, distributor TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
    chars TEXT[] := string_to_array(regexp_replace(customer_search_text(code, name, distributor), '\s+', ' ', 'g'),
                                    NULL);
    char_count INT := COALESCE(array_length(chars, 1), 0);
    pairs TEXT := ' ';
BEGIN
    FOR i IN 1..char_count LOOP
        IF chars[i] <> ' ' THEN
            IF i < char_count AND chars[i + 1] <> ' ' THEN
                pairs := pairs || chars[i] || chars[i + 1] || ' ';
            ELSE
                pairs := pairs || chars[i] || ' ';
            END IF;
        END IF;
    END LOOP;
    RETURN pairs;
END
$$;

CREATE TABLE customer_search (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    search_text TEXT NOT NULL,
    pairs TEXT NOT NULL
);

INSERT INTO customer_search (customer_id, search_text, pairs)
SELECT id, customer_search_text(code, name, distributor), customer_search_pairs(code, name, distributor)
FROM customer;

CREATE INDEX ix_customer_search_text_trgm ON customer_search USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_customer_search_pairs_trgm ON customer_search USING gin (pairs gin_trgm_ops);

CREATE FUNCTION customer_search_refresh() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO customer_search (customer_id, search_text, pairs)
    VALUES (NEW.id, customer_search_text(NEW.code, NEW.name, NEW.distributor),
            customer_search_pairs(NEW.code, NEW.name, NEW.distributor))
    ON CONFLICT (customer_id) DO UPDATE SET search_text = EXCLUDED.search_text, pairs = EXCLUDED.pairs;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_search_on_insert AFTER INSERT ON customer
    FOR EACH ROW EXECUTE FUNCTION customer_search_refresh();
CREATE TRIGGER customer_search_on_update AFTER UPDATE OF code, name, distributor ON customer
    FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name
                       OR OLD.distributor IS DISTINCT FROM NEW.distributor)
    EXECUTE FUNCTION customer_search_refresh();

DROP INDEX ix_customer_code_trgm;
DROP INDEX ix_customer_name_trgm;
DROP INDEX ix_customer_distributor_trgm;

-- Statistics at once: without them the planner takes a LIKE on the new table to match a hundred
-- rows, and a common keyword then drives the grid's plan through every match.
ANALYZE customer_search;
