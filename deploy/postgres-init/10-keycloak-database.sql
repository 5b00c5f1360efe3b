-- Keycloak keeps its own database on the same server; the service's database is POSTGRES_DB.
create database keycloak owner challengemarket;
