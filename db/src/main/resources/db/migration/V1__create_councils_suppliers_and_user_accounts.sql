-- Councils are the tenants; every table that belongs to a council carries council_id.
create table council (
    id                              bigint generated always as identity primary key,
    slug                            varchar(60)   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                            varchar(200)  not null,
    social_value_threshold          numeric(14,2) not null default 0 check (social_value_threshold >= 0),
    target_percent                  numeric(5,2)  check (target_percent > 0 and target_percent <= 100),
    minimum_weighting_percent       numeric(5,2)  not null default 10
                                    check (minimum_weighting_percent between 0 and 100),
    rag_upper_percent               numeric(5,2)  not null default 95,
    rag_lower_percent               numeric(5,2)  not null default 85,
    version                         bigint        not null default 0,
    created_at                      timestamp with time zone not null default now(),
    constraint council_rag_bands check (rag_lower_percent > 0 and rag_lower_percent <= rag_upper_percent
                                        and rag_upper_percent <= 100)
);

-- Suppliers are shared across councils: one organisation may hold contracts with several.
create table supplier (
    id                              bigint generated always as identity primary key,
    slug                            varchar(80)   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                            varchar(200)  not null,
    companies_house_number          varchar(8)    unique check (companies_house_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$'),
    size                            varchar(10)   not null check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    vcse                            boolean       not null default false,
    postcode                        varchar(8),
    version                         bigint        not null default 0,
    created_at                      timestamp with time zone not null default now()
);

-- A staff user belongs to exactly one council, a supplier user to exactly one supplier,
-- a platform admin to neither.
create table user_account (
    id                              bigint generated always as identity primary key,
    username                        varchar(100)  not null check (username = lower(username) and length(username) >= 3),
    display_name                    varchar(200)  not null,
    email                           varchar(254),
    password_hash                   varchar(200)  not null,
    role                            varchar(30)   not null check (role in ('PLATFORM_ADMIN', 'COUNCIL_ADMIN',
                                        'PROCUREMENT_OFFICER', 'CONTRACT_MANAGER', 'SUPPLIER', 'COUNCILLOR')),
    council_id                      bigint        references council (id),
    supplier_id                     bigint        references supplier (id),
    enabled                         boolean       not null default true,
    version                         bigint        not null default 0,
    created_at                      timestamp with time zone not null default now(),
    constraint user_account_username_unique unique (username),
    constraint user_account_belongs_to_one_organisation check (
        (role = 'PLATFORM_ADMIN' and council_id is null and supplier_id is null)
        or (role = 'SUPPLIER' and council_id is null and supplier_id is not null)
        or (role in ('COUNCIL_ADMIN', 'PROCUREMENT_OFFICER', 'CONTRACT_MANAGER', 'COUNCILLOR')
            and council_id is not null and supplier_id is null))
);

create index user_account_council_idx on user_account (council_id, role);
create index user_account_supplier_idx on user_account (supplier_id);

-- Failed sign-in attempts by username, kept in the database so that every application node
-- throttles alike. Keys exist for unknown usernames too, so throttling reveals nothing.
create table sign_in_throttle (
    throttle_key                    varchar(100)  primary key,
    failures                        integer       not null,
    window_started_at               timestamp with time zone not null,
    blocked_until                   timestamp with time zone
);
