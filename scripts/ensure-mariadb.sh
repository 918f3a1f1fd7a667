#!/usr/bin/env bash
# Starts the machine's MariaDB if it is down and waits until it answers.
set -euo pipefail
ping_db() { mysqladmin --protocol=tcp -h 127.0.0.1 -P 3306 -uroot ping >/dev/null 2>&1; }
if ! ping_db; then
  echo "MariaDB is down; starting it"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for _ in $(seq 1 60); do
  if ping_db; then echo "MariaDB is up"; exit 0; fi
  sleep 1
done
echo "MariaDB did not answer on 127.0.0.1:3306 within 60 s" >&2
exit 1
