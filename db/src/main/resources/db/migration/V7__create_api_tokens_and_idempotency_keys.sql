-- Personal access tokens for the JSON API. Only the SHA-256 of a token is kept: the token itself is
-- shown once, when it is created. A token belongs to one user and so to that user's council or
-- supplier; council staff tokens are read-only.
create table api_token (
    id                      bigint generated always as identity primary key,
    user_id                 bigint        not null references user_account (id),
    council_id              bigint        references council (id),
    supplier_id             bigint        references supplier (id),
    name                    varchar(100)  not null,
    token_hint              varchar(12)   not null,
    token_hash              char(64)      not null check (token_hash ~ '^[0-9a-f]{64}$'),
    read_only               boolean       not null,
    created_at              timestamp with time zone not null default now(),
    expires_at              timestamp with time zone not null,
    last_used_at            timestamp with time zone,
    revoked_at              timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash),
    constraint api_token_expires_after_creation check (expires_at > created_at),
    constraint api_token_belongs_to_one_organisation check (council_id is null or supplier_id is null)
);
create index api_token_user_idx on api_token (user_id, created_at);
create index api_token_supplier_idx on api_token (supplier_id);
create index api_token_council_idx on api_token (council_id);

-- A write to the API carries an Idempotency-Key. The first request with a key stores a hash of its
-- body and the response it got; a retry with the same key and body gets that response again, and a
-- different body with the same key is refused. Keys belong to the user who sent them.
create table api_idempotency_key (
    user_id                 bigint        not null references user_account (id),
    idempotency_key         varchar(255)  not null,
    supplier_id             bigint        not null references supplier (id),
    request_hash            char(64)      not null check (request_hash ~ '^[0-9a-f]{64}$'),
    response_status         integer,
    response_body           text,
    created_at              timestamp with time zone not null default now(),
    primary key (user_id, idempotency_key)
);
create index api_idempotency_key_supplier_idx on api_idempotency_key (supplier_id, created_at);
