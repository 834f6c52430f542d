#!/usr/bin/env bash
# Configures an unpacked WildFly for development or tests: runs configure-server.cli and adds
# login accounts. The build calls it after unpacking the server; it does nothing the second time,
# so the embedded database and the accounts survive a rebuild.
#   provision.sh WILDFLY_HOME [--demo-users] [--test-users]
set -euo pipefail

home=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
marker="$home/standalone/configuration/.crm-configured"

if [[ -f "$marker" ]]; then
    echo "WildFly at $home is already configured (delete $marker to configure again)."
    exit 0
fi

cli=$(mktemp)
trap 'rm -f "$cli"' EXIT

# shellcheck source=user-commands.sh
source "$here/user-commands.sh"

add_user() {
    user_commands "$@" >>"$cli"
}

echo "embed-server --std-out=discard --server-config=standalone.xml" >"$cli"

# Options may arrive as one word from Maven ("--demo-users --test-users"), so split them here.
for option in $*; do
    case "$option" in
        --demo-users)
            add_user manager demo123 manager
            add_user admin demo123 admin
            for i in $(seq -w 1 10); do add_user "merch$i" demo123 merchandiser; done
            for i in $(seq -w 1 40); do add_user "sales$i" demo123 sales; done
            ;;
        --test-users)
            # Accounts that only the integration tests use; their directory entries are test data.
            for i in 1 2 3 4; do add_user "tsales$i" test123 sales; done
            add_user tmerch1 test123 merchandiser
            add_user tmanager test123 manager
            add_user tadmin test123 admin
            ;;
        *)
            echo "Unknown option: $option (expected --demo-users or --test-users)" >&2
            exit 2
            ;;
    esac
done
echo "stop-embedded-server" >>"$cli"

export JBOSS_HOME="$home"
log="$home/standalone/log/crm-provision.log"
mkdir -p "$(dirname "$log")"
"$home/bin/jboss-cli.sh" --file="$here/configure-server.cli" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
"$home/bin/jboss-cli.sh" --file="$cli" >>"$log" 2>&1 || { cat "$log" >&2; exit 1; }
touch "$marker"
echo "WildFly at $home configured."
