#!/bin/sh
# A private Postfix instance for the Internet Mail Service's integration tests (issue 17): its own
# config, queue and data directories under DIR, listening only on 127.0.0.1:PORT, delivering each
# test site's mail domain into that site's host folder through `siteadminctl --org FOLDER deliver`
# (a pipe transport, added by installer/postfix-site.sh as for a real site), and playing the rest of
# the Internet with one domain, outside.test, whose mail Postfix's own virtual delivery agent puts
# into the maildir DIR/outside/mail/ (owned by nobody). It never touches the
# system's own Postfix instance, which may be unconfigured (Debian's "No configuration").
#
#   private-postfix.sh start DIR PORT SITEADMINCTL USER DOMAIN=FOLDER...
#       (SITEADMINCTL is copied to DIR/bin, where USER may run it; DIR is 0755)
#   private-postfix.sh stop DIR
#   private-postfix.sh status DIR
#
# Run as root, `postfix -c`, `postqueue -c` and the daemons take the private directory without the
# system main.cf listing it in alternate_config_directories, and without a system main.cf at all
# (seen with Debian 12's Postfix 3.7 installed with debconf "No configuration"): nothing outside DIR
# is written. Only a non-root `sendmail -C` or `postqueue -c` would need the listing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

die() { echo "private-postfix: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: $0 start DIR PORT SITEADMINCTL USER DOMAIN=FOLDER... | stop DIR | status DIR"
action=$1
dir=$2
conf="$dir/conf"

# Without Postfix or root there is no instance: an error where SITEADMIN_REQUIRE_POSTFIX is set (CI),
# else a line saying why, and the tests that need the instance skip.
cannot() {
    if [ -n "${SITEADMIN_REQUIRE_POSTFIX:-}" ]; then
        die "$*"
    fi
    echo "private-postfix: no instance: $*"
    rm -rf "$dir"
    exit 0
}
if ! command -v postfix > /dev/null 2>&1; then
    [ "$action" = start ] && cannot "postfix is not installed (installer/install-deps.sh installs it)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    [ "$action" = start ] && cannot "a Postfix instance is started by root (postfix -c DIR start)"
    exit 0
fi

case "$action" in
start)
    [ $# -ge 6 ] || die "start needs DIR PORT SITEADMINCTL USER and at least one DOMAIN=FOLDER"
    port=$3
    ctl=$4
    user=$5
    shift 5
    [ -x "$ctl" ] || die "$ctl is not a program"
    id "$user" > /dev/null 2>&1 || die "no user $user to run the pipe as"
    if [ -f "$conf/main.cf" ] && postfix -c "$conf" status > /dev/null 2>&1; then
        postfix -c "$conf" stop > /dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$conf" "$dir/queue" "$dir/data" "$dir/bin" "$dir/hosts" "$dir/home" "$dir/outside"
    chmod 0755 "$dir" "$dir/bin" "$dir/hosts"
    chown postfix "$dir/data"
    chown "$user" "$dir/hosts" "$dir/home"
    chown nobody:nogroup "$dir/outside"
    # The build's own copy may sit in a folder the pipe's user cannot enter (a clone in mktemp -d).
    cp "$ctl" "$dir/bin/siteadminctl"
    chmod 0755 "$dir/bin/siteadminctl"
    ctl="$dir/bin/siteadminctl"
    cat > "$conf/main.cf" <<MAIN
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
myhostname = siteadmin-test.localdomain
mydomain = localdomain
myorigin = \$myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains =
# Nothing leaves for the outside world: what is not for a test site or outside.test fails at once.
default_transport = error:only the test sites' domains and outside.test are delivered here
# The outside world's one domain: every address of it into one maildir.
virtual_mailbox_domains = outside.test
virtual_mailbox_base = $dir/outside
virtual_mailbox_maps = static:mail/
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
alias_maps =
alias_database =
local_recipient_maps =
maillog_file = $dir/postfix.log
maillog_file_prefixes = $dir
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
# Retries come quickly in a test: a delivery that said 75 is tried again within seconds.
queue_run_delay = 2s
minimal_backoff_time = 2s
maximal_backoff_time = 4s
MAIN
    cat > "$conf/master.cf" <<MASTER
127.0.0.1:$port inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
MASTER
    # Each site's domain, pipe transport and table as a user's Postfix gets them: by the installer's
    # own script, so that the tests run it.
    for pair in "$@"; do
        sh "$here/../../installer/postfix-site.sh" --config-dir "$conf" --user "$user" --program "$ctl" \
            "${pair%%=*}" "${pair#*=}"
    done
    postfix -c "$conf" set-permissions
    postfix -c "$conf" check
    postfix -c "$conf" start
    ;;
stop)
    if [ -f "$conf/main.cf" ] && postfix -c "$conf" status > /dev/null 2>&1; then
        postfix -c "$conf" stop
    fi
    ;;
status)
    postfix -c "$conf" status
    ;;
*)
    die "unknown action $action"
    ;;
esac
