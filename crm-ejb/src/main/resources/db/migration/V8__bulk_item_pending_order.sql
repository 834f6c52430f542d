-- A bulk transfer chunk reads the job's first PENDING items in id order. With the id in the index
-- the database reads just those rows in order, instead of sorting every PENDING item of the job
-- for each chunk. The new index starts with the columns of the old one, so it serves its queries
-- too. The statements run unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_bulk_transfer_item_pending ON bulk_transfer_item (job_id, status, id);
DROP INDEX ix_bulk_transfer_item_job;
