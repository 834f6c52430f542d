-- PostgreSQL only: the audit trail is insert-only in the database too, not just in the code. Any
-- UPDATE or DELETE of an audit event fails, from the application or from a database console.
CREATE FUNCTION crm_reject_audit_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is insert-only: % of event % rejected', TG_OP, OLD.id;
END;
$$;

CREATE TRIGGER tr_audit_event_insert_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION crm_reject_audit_change();
