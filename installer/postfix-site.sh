#!/bin/sh
# Adds a site's mail domain to an existing Postfix: mail for DOMAIN is delivered into the
# organization folder FOLDER by `siteadminctl --org FOLDER deliver` (a pipe transport named
# "siteadmin"), one recipient per delivery, as USER (who must own FOLDER). Run it once per site this
# machine serves, as root; it only adds (or replaces the line of) DOMAIN, and reloads Postfix when
# it runs. The Internet Mail Service of the other site then sends to DOMAIN through its own MTA.
#
#   postfix-site.sh [--config-dir DIR] [--user USER] [--program PATH] DOMAIN FOLDER
#
# --config-dir  the Postfix configuration folder (default /etc/postfix)
# --user        who runs siteadminctl deliver (default siteadmin)
# --program     siteadminctl (default: the one on PATH)
set -eu

die() { echo "postfix-site: $*" >&2; exit 1; }

config=/etc/postfix
user=siteadmin
program=$(command -v siteadminctl 2> /dev/null || true)
while [ $# -gt 0 ]; do
    case "$1" in
    --config-dir) config=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --program) program=$2; shift 2 ;;
    --) shift; break ;;
    -*) die "unknown option $1" ;;
    *) break ;;
    esac
done
[ $# -eq 2 ] || die "usage: $0 [--config-dir DIR] [--user USER] [--program PATH] DOMAIN FOLDER"
domain=$1
folder=$2
command -v postconf > /dev/null 2>&1 || die "Postfix is not installed (apt-get install postfix)"
[ -f "$config/main.cf" ] || die "$config/main.cf does not exist: configure Postfix first"
[ -n "$program" ] && [ -x "$program" ] || die "siteadminctl is not found (give --program)"
id "$user" > /dev/null 2>&1 || die "no user $user (give --user)"
printf '%s' "$domain" | grep -Eq '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$' || die "\"$domain\" is not a domain name"
case "$folder" in
/*) ;;
*) die "the folder must be an absolute path, not \"$folder\"" ;;
esac
case "$folder" in
*[[:space:],{}]*) die "the folder \"$folder\" must not hold spaces, commas or braces" ;;
esac

# The transport table: DOMAIN -> siteadmin:FOLDER (the folder is the pipe's ${nexthop}). A texthash
# table needs no postmap; Postfix reads it when it starts or reloads.
table="$config/siteadmin-transport"
touch "$table"
tmp="$table.new"
grep -v -i "^$domain[[:space:]]" "$table" > "$tmp" || true
printf '%s siteadmin:%s\n' "$domain" "$folder" >> "$tmp"
mv "$tmp" "$table"

add_to_list() { # parameter value: adds value to a list parameter once
    current=$(postconf -c "$config" -h "$1")
    case ", $current, " in
    *", $2, "* | *" $2 "*) return 0 ;;
    esac
    if [ -z "$current" ]; then
        postconf -c "$config" -e "$1 = $2"
    else
        postconf -c "$config" -e "$1 = $current, $2"
    fi
}
add_to_list relay_domains "$domain"
add_to_list transport_maps "texthash:$table"
postconf -c "$config" -e "siteadmin_destination_recipient_limit = 1"
postconf -c "$config" -M "siteadmin/unix=siteadmin unix - n n - - pipe flags=Rq user=$user argv=$program --org \${nexthop} deliver --recipient \${recipient}"
postfix -c "$config" check
if postfix -c "$config" status > /dev/null 2>&1; then
    postfix -c "$config" reload
fi
echo "postfix-site: $domain is delivered to $folder by $program as $user"
