-- Schema of the sales CRM. The same script runs on H2 2.x and PostgreSQL 15, so it keeps to
-- portable SQL: sequences instead of identity columns, VARCHAR for enumerations (the Java enum
-- constant names), TIMESTAMP WITH TIME ZONE for instants, DATE for calendar days. The server runs
-- with -Duser.timezone=UTC, because EclipseLink binds instants through the JVM time zone and H2
-- would otherwise keep the local offset.
-- Sequences step by 50 because the JPA generators allocate ids in blocks of 50.

CREATE SEQUENCE sales_region_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE product_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE merchandiser_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE salesperson_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE follow_up_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sales_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE inquiry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_share_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE transfer_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_share_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE bulk_transfer_job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE bulk_transfer_item_seq START WITH 50 INCREMENT BY 50;

-- Reference data ----------------------------------------------------------------------------

CREATE TABLE sales_region (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT uk_sales_region_code UNIQUE (code)
);

CREATE TABLE product_line (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT uk_product_line_code UNIQUE (code)
);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- People ------------------------------------------------------------------------------------

CREATE TABLE merchandiser (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    login_name  VARCHAR(100),
    phone       VARCHAR(30),
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uk_merchandiser_code UNIQUE (code),
    CONSTRAINT uk_merchandiser_login UNIQUE (login_name)
);

CREATE TABLE salesperson (
    id               BIGINT       NOT NULL PRIMARY KEY,
    code             VARCHAR(20)  NOT NULL,
    name             VARCHAR(50)  NOT NULL,
    login_name       VARCHAR(100),
    region_id        BIGINT       NOT NULL REFERENCES sales_region (id),
    merchandiser_id  BIGINT       REFERENCES merchandiser (id),
    phone            VARCHAR(30),
    email            VARCHAR(100),
    active           BOOLEAN      NOT NULL,
    CONSTRAINT uk_salesperson_code UNIQUE (code),
    CONSTRAINT uk_salesperson_login UNIQUE (login_name)
);
CREATE INDEX ix_salesperson_region ON salesperson (region_id);
CREATE INDEX ix_salesperson_merchandiser ON salesperson (merchandiser_id);

-- Customers ---------------------------------------------------------------------------------

CREATE TABLE customer (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    code                   VARCHAR(20)   NOT NULL,
    short_name             VARCHAR(50)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    owner_id               BIGINT        NOT NULL REFERENCES salesperson (id),
    merchandiser_id        BIGINT        REFERENCES merchandiser (id),
    distributor            VARCHAR(200),
    last_transaction_date  DATE,
    scale                  VARCHAR(20)   NOT NULL,
    customer_type          VARCHAR(20)   NOT NULL,
    business_status        VARCHAR(20)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    territory              VARCHAR(20)   NOT NULL,
    address                VARCHAR(300),
    phone                  VARCHAR(30),
    website                VARCHAR(200),
    remark                 VARCHAR(2000),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uk_customer_code UNIQUE (code)
);
-- The grid filters by these columns and sorts by updated_at (the default) or name.
CREATE INDEX ix_customer_owner_updated ON customer (owner_id, updated_at);
CREATE INDEX ix_customer_merchandiser ON customer (merchandiser_id);
CREATE INDEX ix_customer_updated ON customer (updated_at);
CREATE INDEX ix_customer_name ON customer (name);
CREATE INDEX ix_customer_scale ON customer (scale);
CREATE INDEX ix_customer_type ON customer (customer_type);
CREATE INDEX ix_customer_business_status ON customer (business_status);
CREATE INDEX ix_customer_status ON customer (status);
CREATE INDEX ix_customer_territory ON customer (territory);
CREATE INDEX ix_customer_last_transaction ON customer (last_transaction_date);

CREATE TABLE customer_product_line (
    customer_id      BIGINT NOT NULL REFERENCES customer (id),
    product_line_id  BIGINT NOT NULL REFERENCES product_line (id),
    PRIMARY KEY (customer_id, product_line_id)
);
CREATE INDEX ix_customer_product_line_line ON customer_product_line (product_line_id, customer_id);

CREATE TABLE contact (
    id           BIGINT        NOT NULL PRIMARY KEY,
    customer_id  BIGINT        NOT NULL REFERENCES customer (id),
    name         VARCHAR(50)   NOT NULL,
    title        VARCHAR(50),
    phone        VARCHAR(30),
    mobile       VARCHAR(30),
    email        VARCHAR(100),
    wechat       VARCHAR(50),
    primary_contact BOOLEAN    NOT NULL,
    remark       VARCHAR(500)
);
CREATE INDEX ix_contact_customer ON contact (customer_id);

-- Sharing: a salesperson other than the owner who may work the customer, until expires_at if set.
CREATE TABLE customer_share (
    id              BIGINT       NOT NULL PRIMARY KEY,
    customer_id     BIGINT       NOT NULL REFERENCES customer (id),
    salesperson_id  BIGINT       NOT NULL REFERENCES salesperson (id),
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by      VARCHAR(100) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    request_id      BIGINT,
    CONSTRAINT uk_customer_share UNIQUE (customer_id, salesperson_id)
);
CREATE INDEX ix_customer_share_salesperson ON customer_share (salesperson_id, customer_id);
CREATE INDEX ix_customer_share_expires ON customer_share (expires_at);

-- Records kept per customer -----------------------------------------------------------------

CREATE TABLE follow_up (
    id                BIGINT        NOT NULL PRIMARY KEY,
    customer_id       BIGINT        NOT NULL REFERENCES customer (id),
    follow_up_date    DATE          NOT NULL,
    method            VARCHAR(20)   NOT NULL,
    content           VARCHAR(4000) NOT NULL,
    next_step         VARCHAR(1000),
    author_login      VARCHAR(100)  NOT NULL,
    author_name       VARCHAR(50)   NOT NULL,
    system_generated  BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_follow_up_customer ON follow_up (customer_id, follow_up_date);

CREATE TABLE project (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    customer_id             BIGINT        NOT NULL REFERENCES customer (id),
    name                    VARCHAR(200)  NOT NULL,
    product_line_id         BIGINT        NOT NULL REFERENCES product_line (id),
    stage                   VARCHAR(20)   NOT NULL,
    expected_annual_volume  BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    description             VARCHAR(2000),
    submitted_by_login      VARCHAR(100)  NOT NULL,
    submitted_by_name       VARCHAR(50)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_project_customer ON project (customer_id);

CREATE TABLE project_report (
    id            BIGINT        NOT NULL PRIMARY KEY,
    project_id    BIGINT        NOT NULL REFERENCES project (id),
    report_date   DATE          NOT NULL,
    progress      VARCHAR(4000) NOT NULL,
    author_login  VARCHAR(100)  NOT NULL,
    author_name   VARCHAR(50)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_project_report_project ON project_report (project_id, report_date);

CREATE TABLE sales_order (
    id               BIGINT         NOT NULL PRIMARY KEY,
    customer_id      BIGINT         NOT NULL REFERENCES customer (id),
    order_no         VARCHAR(30)    NOT NULL,
    order_date       DATE           NOT NULL,
    product_name     VARCHAR(200)   NOT NULL,
    product_line_id  BIGINT         REFERENCES product_line (id),
    quantity         BIGINT         NOT NULL,
    amount           NUMERIC(16, 2) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    placed_by_login  VARCHAR(100)   NOT NULL,
    placed_by_name   VARCHAR(50)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_sales_order_no UNIQUE (order_no)
);
CREATE INDEX ix_sales_order_customer ON sales_order (customer_id, order_date);

CREATE TABLE quote (
    id               BIGINT         NOT NULL PRIMARY KEY,
    customer_id      BIGINT         NOT NULL REFERENCES customer (id),
    quote_no         VARCHAR(30)    NOT NULL,
    quote_date       DATE           NOT NULL,
    product_name     VARCHAR(200)   NOT NULL,
    unit_price       NUMERIC(16, 4) NOT NULL,
    quantity         BIGINT         NOT NULL,
    valid_until      DATE           NOT NULL,
    quoted_by_login  VARCHAR(100)   NOT NULL,
    quoted_by_name   VARCHAR(50)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_quote_no UNIQUE (quote_no)
);
CREATE INDEX ix_quote_customer ON quote (customer_id, quote_date);

CREATE TABLE inquiry (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    customer_id         BIGINT         NOT NULL REFERENCES customer (id),
    inquiry_date        DATE           NOT NULL,
    product_name        VARCHAR(200)   NOT NULL,
    quantity            BIGINT         NOT NULL,
    target_price        NUMERIC(16, 4),
    inquired_by_login   VARCHAR(100)   NOT NULL,
    inquired_by_name    VARCHAR(50)    NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_inquiry_customer ON inquiry (customer_id, inquiry_date);

CREATE TABLE complaint (
    id               BIGINT        NOT NULL PRIMARY KEY,
    customer_id      BIGINT        NOT NULL REFERENCES customer (id),
    complaint_date   DATE          NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    handled_by       VARCHAR(50),
    created_by_login VARCHAR(100)  NOT NULL,
    created_by_name  VARCHAR(50)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_complaint_customer ON complaint (customer_id, complaint_date);

-- File metadata and content are separate tables so that listing attachments never reads the bytes.
CREATE TABLE attachment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    customer_id        BIGINT        NOT NULL REFERENCES customer (id),
    file_name          VARCHAR(255)  NOT NULL,
    content_type       VARCHAR(100)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    uploaded_by_login  VARCHAR(100)  NOT NULL,
    uploaded_by_name   VARCHAR(50)   NOT NULL,
    uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_attachment_customer ON attachment (customer_id, uploaded_at);

CREATE TABLE attachment_content (
    attachment_id  BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    data           BYTEA  NOT NULL
);

-- Transfer and share requests ---------------------------------------------------------------

-- One submit of the 客户移交共享 form: an optional owner change plus sharer changes.
CREATE TABLE transfer_request (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    customer_id                BIGINT        NOT NULL REFERENCES customer (id),
    customer_version           BIGINT        NOT NULL,
    status                     VARCHAR(20)   NOT NULL,
    previous_owner_id          BIGINT        NOT NULL REFERENCES salesperson (id),
    new_owner_id               BIGINT        REFERENCES salesperson (id),
    keep_previous_owner        BOOLEAN       NOT NULL,
    previous_owner_share_until TIMESTAMP WITH TIME ZONE,
    reason                     VARCHAR(1000),
    requested_by_login         VARCHAR(100)  NOT NULL,
    requested_by_name          VARCHAR(50)   NOT NULL,
    requested_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by_login           VARCHAR(100),
    decided_by_name            VARCHAR(50),
    decided_at                 TIMESTAMP WITH TIME ZONE,
    decision_reason            VARCHAR(1000),
    version                    BIGINT        NOT NULL
);
CREATE INDEX ix_transfer_request_customer ON transfer_request (customer_id, requested_at);
CREATE INDEX ix_transfer_request_status ON transfer_request (status, requested_at);

CREATE TABLE request_share_change (
    id              BIGINT      NOT NULL PRIMARY KEY,
    request_id      BIGINT      NOT NULL REFERENCES transfer_request (id),
    salesperson_id  BIGINT      NOT NULL REFERENCES salesperson (id),
    change_type     VARCHAR(10) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_request_share_change_request ON request_share_change (request_id);

-- Insert-only trail of every change of ownership or sharing. No code path updates or deletes it.
CREATE TABLE audit_event (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    event_type               VARCHAR(30)   NOT NULL,
    customer_id              BIGINT        REFERENCES customer (id),
    customer_code            VARCHAR(20),
    previous_salesperson_id  BIGINT        REFERENCES salesperson (id),
    new_salesperson_id       BIGINT        REFERENCES salesperson (id),
    actor_login              VARCHAR(100)  NOT NULL,
    approver_login           VARCHAR(100),
    request_id               BIGINT        REFERENCES transfer_request (id),
    reason                   VARCHAR(1000),
    detail                   VARCHAR(2000),
    occurred_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_event_customer ON audit_event (customer_id, occurred_at);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_type ON audit_event (event_type, occurred_at);

CREATE TABLE notification (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recipient_login  VARCHAR(100)  NOT NULL,
    notification_type VARCHAR(30)  NOT NULL,
    customer_id      BIGINT        REFERENCES customer (id),
    message          VARCHAR(1000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_recipient ON notification (recipient_login, read_at);

-- Bulk transfer: a job, then one item per customer so that a restart resumes where it stopped.
CREATE TABLE bulk_transfer_job (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    status                 VARCHAR(20)   NOT NULL,
    source_salesperson_id  BIGINT        NOT NULL REFERENCES salesperson (id),
    keep_shares            BOOLEAN       NOT NULL,
    filter_description     VARCHAR(1000),
    total_items            INTEGER       NOT NULL,
    done_items             INTEGER       NOT NULL,
    failed_items           INTEGER       NOT NULL,
    created_by_login       VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at            TIMESTAMP WITH TIME ZONE,
    version                BIGINT        NOT NULL
);

CREATE TABLE bulk_transfer_item (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    job_id                 BIGINT        NOT NULL REFERENCES bulk_transfer_job (id),
    customer_id            BIGINT        NOT NULL REFERENCES customer (id),
    target_salesperson_id  BIGINT        NOT NULL REFERENCES salesperson (id),
    status                 VARCHAR(20)   NOT NULL,
    message                VARCHAR(500),
    processed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_bulk_transfer_item UNIQUE (job_id, customer_id)
);
CREATE INDEX ix_bulk_transfer_item_job ON bulk_transfer_item (job_id, status);
