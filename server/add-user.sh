#!/usr/bin/env bash
# Adds a login account to the CRM's realm on a running WildFly, with a bcrypt password and one or
# more roles (sales, merchandiser, manager, admin). It takes effect at the next login.
#   JBOSS_HOME=/opt/wildfly server/add-user.sh LOGIN ROLE [ROLE...]
# The password is read from the terminal, or from standard input when that is not a terminal.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "Usage: JBOSS_HOME=/path/to/wildfly $0 LOGIN ROLE [ROLE...]" >&2
    exit 2
fi
: "${JBOSS_HOME:?Set JBOSS_HOME to the WildFly installation}"
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=user-commands.sh
source "$here/user-commands.sh"

login=$1
shift
if [[ -t 0 ]]; then
    read -r -s -p "Password for $login: " password
    echo
else
    read -r password
fi
check_user "$login" "$password" "$@" || { echo "Nothing was changed." >&2; exit 1; }

cli=$(mktemp)
trap 'rm -f "$cli"' EXIT
user_commands "$login" "$password" "$@" >"$cli"
"$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller=127.0.0.1:9990 --file="$cli"
echo "Added $login with roles: $*"
