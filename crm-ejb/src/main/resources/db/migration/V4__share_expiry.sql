-- The share expiry timer sends one notice per share when its expiry is within three days. The column
-- records that notice, so a second server or a second run sees it and sends nothing. Renewing a share
-- with a new expiry sets it back to NULL. The statement runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE customer_share ADD COLUMN expiry_notified_at TIMESTAMP WITH TIME ZONE;
