# Shell functions that write jboss-cli commands for login accounts of the crmRealm filesystem
# realm. Sourced by provision.sh (offline, at build time) and add-user.sh (on a running server).

# random_salt: 16 random bytes in the CLI's bytes{0x..,...} syntax, as bcrypt requires.
random_salt() {
    head -c16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/'
}

# check_user LOGIN PASSWORD ROLE...: rejects input the CLI commands below cannot carry safely.
check_user() {
    local login=$1 password=$2
    shift 2
    if [[ ! $login =~ ^[A-Za-z0-9._-]{1,64}$ ]]; then
        echo "Invalid login '$login': use 1 to 64 letters, digits, '.', '_' or '-'." >&2
        return 1
    fi
    if [[ $password == *'"'* || $password == *'\'* || ${#password} -lt 6 ]]; then
        echo "Invalid password: at least 6 characters, without double quotes or backslashes." >&2
        return 1
    fi
    if [[ $# -eq 0 ]]; then
        echo "Name at least one role: sales, merchandiser, manager or admin." >&2
        return 1
    fi
    local role
    for role in "$@"; do
        case "$role" in
            sales|merchandiser|manager|admin) ;;
            *) echo "Unknown role '$role': use sales, merchandiser, manager or admin." >&2; return 1 ;;
        esac
    done
}

# user_commands LOGIN PASSWORD ROLE...: the commands that add one identity with a bcrypt password
# (cost 10, own salt) and its roles in the attribute Roles, as one batch: all or nothing.
user_commands() {
    local login=$1 password=$2
    shift 2
    local roles
    roles=$(IFS=,; echo "$*")
    cat <<CLI
batch
/subsystem=elytron/filesystem-realm=crmRealm:add-identity(identity=$login)
/subsystem=elytron/filesystem-realm=crmRealm:set-password(identity=$login, bcrypt={password="$password", iteration-count=10, salt=bytes{$(random_salt)}})
/subsystem=elytron/filesystem-realm=crmRealm:add-identity-attribute(identity=$login, name=Roles, value=[$roles])
run-batch
CLI
}
