-- An invitation to join the service by email. Only the SHA-256 of the link's token is kept, so a
-- copy of the database cannot be turned into working links. A council's staff belong to its
-- council; a supplier contact to its supplier (invited by a council's staff or by the supplier's
-- own users).
create table invitation (
    id                      bigint generated always as identity primary key,
    token_hash              char(64)      not null,
    email                   varchar(254)  not null check (email = lower(email)),
    display_name            varchar(200)  not null,
    role                    varchar(30)   not null check (role in ('COUNCIL_ADMIN', 'PROCUREMENT_OFFICER',
                                'CONTRACT_MANAGER', 'SUPPLIER', 'COUNCILLOR')),
    council_id              bigint        references council (id),
    supplier_id             bigint        references supplier (id),
    invited_by              bigint        not null references user_account (id),
    created_at              timestamp with time zone not null default now(),
    expires_at              timestamp with time zone not null,
    used_at                 timestamp with time zone,
    user_account_id         bigint        references user_account (id),
    constraint invitation_token_hash_unique unique (token_hash),
    constraint invitation_belongs_to_one_organisation check (
        (role = 'SUPPLIER' and council_id is null and supplier_id is not null)
        or (role <> 'SUPPLIER' and council_id is not null and supplier_id is null))
);
create index invitation_council_idx on invitation (council_id, created_at);
create index invitation_supplier_idx on invitation (supplier_id, created_at);
create index invitation_email_idx on invitation (email);

-- A password reset link, as the SHA-256 of its token. Using one uses up every other link of the
-- same account.
create table password_reset (
    id                      bigint generated always as identity primary key,
    token_hash              char(64)      not null,
    user_account_id         bigint        not null references user_account (id),
    created_at              timestamp with time zone not null default now(),
    expires_at              timestamp with time zone not null,
    used_at                 timestamp with time zone,
    constraint password_reset_token_hash_unique unique (token_hash)
);
create index password_reset_user_idx on password_reset (user_account_id);

-- Demo mode only: a copy of every mail sent, which the platform admin reads in the browser.
create table outbox_message (
    id                      bigint generated always as identity primary key,
    recipient               varchar(254)  not null,
    subject                 varchar(300)  not null,
    body                    text          not null,
    created_at              timestamp with time zone not null default now()
);
