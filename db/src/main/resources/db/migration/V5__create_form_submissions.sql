-- One row per create form submitted: the form's one-time token, who sent it and where its result
-- lives. A second submission of the same token (a double click, a resent request) finds the row and
-- gets the first result instead of creating a second record.
create table form_submission (
    token        uuid primary key,
    submitted_by text        not null,
    result       text,
    submitted_at timestamptz not null default now()
);

create index form_submission_submitted_at on form_submission (submitted_at);
