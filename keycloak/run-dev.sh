#!/usr/bin/env bash
# Starts a local Keycloak (dev mode, bound to 127.0.0.1) with the challenge-market realm and its dev
# overlay (demo users, a password-grant client), then waits until it stops. For local use and the
# tests only: the bootstrap admin and the demo passwords are public.
#
# Settings (environment):
#   KC_HOME        the unpacked keycloak-quarkus-dist (default: keycloak/dist/keycloak-<version>)
#   KC_PORT        HTTP port (default 8180)
#   KC_DEV_DB      dev-file (default: keeps users across restarts, in $KC_HOME/data) or dev-mem
#   CM_PORTAL_URL  where the portal runs, for the sign-in redirect (default http://localhost:8080)
#   KC_SECRET_FILE where to write the secret of the service's admin client
#                  (default keycloak/dist/service-client-secret)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=26.5.6
home=${KC_HOME:-$here/dist/keycloak-$version}
port=${KC_PORT:-8180}
db=${KC_DEV_DB:-dev-file}
secret_file=${KC_SECRET_FILE:-$here/dist/service-client-secret}
realm=challenge-market
url="http://127.0.0.1:$port"

if [ ! -x "$home/bin/kc.sh" ]; then
    echo "No Keycloak in $home: run 'make keycloak' (it fetches $version from Maven Central)" >&2
    exit 1
fi

mkdir -p "$home/data/import"
cp "$here/realm/$realm-realm.json" "$home/data/import/$realm-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME=admin
export KC_BOOTSTRAP_ADMIN_PASSWORD=admin
export CM_PORTAL_URL=${CM_PORTAL_URL:-http://localhost:8080}

"$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --db="$db" --import-realm \
    --hostname-strict=false --log-level=warn,org.keycloak.services:info &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM

kcadm() {
    "$home/bin/kcadm.sh" "$@" --config "$home/data/kcadm-$port.config"
}

# the admin CLI logs in once the server answers
until kcadm config credentials --server "$url" --realm master --user admin --password admin >/dev/null 2>&1; do
    if ! kill -0 $server 2>/dev/null; then
        echo "Keycloak stopped while starting" >&2
        exit 1
    fi
    sleep 1
done

kcadm create partialImport -r "$realm" -s ifResourceExists=SKIP -o -f "$here/dev/$realm-dev.json" >/dev/null
service=$(kcadm get clients -r "$realm" -q clientId=challenge-market-service --fields id --format csv --noquotes)
mkdir -p "$(dirname "$secret_file")"
kcadm get "clients/$service/client-secret" -r "$realm" --fields value --format csv --noquotes >"$secret_file"

echo "Keycloak is ready at $url/realms/$realm (admin console: $url/admin, admin/admin)"
wait $server
