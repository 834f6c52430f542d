# Shell functions that write jboss-cli commands for login accounts of the crmRealm filesystem
# realm. Sourced by provision.sh (offline, at build time) and add-user.sh (on a running server).

# random_salt: 16 random bytes in the CLI's bytes{0x..,...} syntax, as bcrypt requires.
random_salt() {
    head -c16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/'
}

# user_commands LOGIN PASSWORD ROLE...: the commands that add one identity with a bcrypt password
# (cost 10, own salt) and its roles in the attribute Roles.
user_commands() {
    local login=$1 password=$2
    shift 2
    local roles
    roles=$(IFS=,; echo "$*")
    cat <<CLI
/subsystem=elytron/filesystem-realm=crmRealm:add-identity(identity=$login)
/subsystem=elytron/filesystem-realm=crmRealm:set-password(identity=$login, bcrypt={password="$password", iteration-count=10, salt=bytes{$(random_salt)}})
/subsystem=elytron/filesystem-realm=crmRealm:add-identity-attribute(identity=$login, name=Roles, value=[$roles])
CLI
}
