-- API clients (service accounts) of incubators. In embedded mode the service checks their secrets
-- and keeps only a SHA-256 of each; in keycloak mode Keycloak holds the client and its secret.
create table api_client (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    name             text        not null check (length(btrim(name)) between 1 and 100),
    client_id        text        not null check (client_id ~ '^[a-z0-9-]{8,64}$'),
    secret_sha256    text        check (secret_sha256 ~ '^[0-9a-f]{64}$'),
    keycloak_id      text        check (length(keycloak_id) between 1 and 64),
    created_by       uuid        not null,
    created_at       timestamptz not null,
    version          bigint      not null default 0,
    -- exactly one of the two ways to check a secret
    check ((secret_sha256 is null) <> (keycloak_id is null))
);
create unique index api_client_client_id_unique on api_client (client_id);
create unique index api_client_name_unique on api_client (organisation_id, lower(name));
create index api_client_organisation on api_client (organisation_id, created_at);
