-- A filled-in commitments template, checked and waiting for the procurement officer to confirm it.
-- The id is random so that it cannot be guessed; confirming records how many commitments it added
-- and drops the file, and a second confirmation finds it confirmed.
create table commitment_upload (
    id                      uuid          primary key,
    council_id              bigint        not null,
    contract_id             bigint        not null,
    uploaded_by             bigint,
    file_name               varchar(255)  not null,
    content                 bytea,
    uploaded_at             timestamp with time zone not null,
    confirmed_at            timestamp with time zone,
    confirmed_by            bigint,
    commitments_created     integer       check (commitments_created >= 0),
    version                 bigint        not null default 0,
    constraint commitment_upload_contract foreign key (contract_id, council_id) references contract (id, council_id),
    constraint commitment_upload_uploaded_by foreign key (uploaded_by, council_id) references user_account (id, council_id),
    constraint commitment_upload_confirmed_by foreign key (confirmed_by, council_id) references user_account (id, council_id),
    constraint commitment_upload_confirmed_together check ((confirmed_at is null) = (commitments_created is null)),
    constraint commitment_upload_content_until_confirmed check (confirmed_at is not null or content is not null)
);
create index commitment_upload_council_contract_idx on commitment_upload (council_id, contract_id);
