#!/usr/bin/env bash
# Checks the files in deploy/ as far as this machine allows: the systemd unit with
# `systemd-analyze verify`, the nginx site with `nginx -t`. Without nginx installed, Debian's
# package is downloaded and unpacked into a temporary folder (never installed, never started).
# Prints what it could not check; fails only on a check that ran and failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# The unit: systemd-analyze needs the binary in ExecStart to exist on this machine.
if command -v systemd-analyze > /dev/null; then
	node_bin=$(command -v node)
	sed "s|^ExecStart=/usr/bin/node |ExecStart=${node_bin} |" \
		"$root/deploy/social-media-check.service" > "$work/social-media-check.service"
	# Any complaint counts: verify exits 0 after a mere warning such as an unknown key.
	if output=$(systemd-analyze verify "$work/social-media-check.service" 2>&1) && [ -z "$output" ]; then
		echo "deploy/social-media-check.service: systemd-analyze verify passed"
	else
		echo "deploy/social-media-check.service: systemd-analyze verify failed:"
		echo "$output"
		failed=1
	fi
else
	echo "deploy/social-media-check.service: not checked (no systemd-analyze here)"
fi

# The nginx site, inside a minimal main configuration, with a throw-away certificate.
nginx_bin=$(command -v nginx || true)
if [ -z "$nginx_bin" ] && command -v apt-get > /dev/null; then
	(cd "$work" && chmod 777 . && apt-get download -qq nginx > /dev/null 2>&1) || true
	if compgen -G "$work/nginx_*.deb" > /dev/null; then
		dpkg-deb -x "$work"/nginx_*.deb "$work/pkg"
		nginx_bin="$work/pkg/usr/sbin/nginx"
	fi
fi
if [ -n "$nginx_bin" ] && [ -x "$nginx_bin" ] && command -v openssl > /dev/null; then
	openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=check.example.de \
		-keyout "$work/privkey.pem" -out "$work/fullchain.pem" > /dev/null 2>&1
	sed "s|/etc/letsencrypt/live/check.example.de/|$work/|" "$root/deploy/nginx.conf" > "$work/site.conf"
	mkdir -p "$work/temp"
	cat > "$work/nginx.conf" << CONF
pid $work/nginx.pid;
error_log stderr;
events {}
http {
	access_log off;
	client_body_temp_path $work/temp/body;
	proxy_temp_path $work/temp/proxy;
	fastcgi_temp_path $work/temp/fastcgi;
	uwsgi_temp_path $work/temp/uwsgi;
	scgi_temp_path $work/temp/scgi;
	include $work/site.conf;
}
CONF
	if output=$("$nginx_bin" -t -q -p "$work" -c "$work/nginx.conf" 2>&1); then
		echo "deploy/nginx.conf: nginx -t passed ($("$nginx_bin" -v 2>&1))"
	else
		echo "deploy/nginx.conf: nginx -t failed:"
		echo "$output"
		failed=1
	fi
else
	echo "deploy/nginx.conf: not checked (no nginx or openssl, and Debian's nginx could not be fetched)"
fi
exit $failed
