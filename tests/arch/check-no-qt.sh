#!/usr/bin/env bash
# Fails when a compute room (engine, compress, data, metrics, explain) includes a Qt header.
set -u
root=${1:?project root}
status=0
for room in core/engine core/compress core/data core/metrics core/explain; do
    [ -d "$root/$room" ] || continue
    hits=$(grep -rnE '#include *[<"]Q[A-Za-z]*[>"/]|#include *<Qt' "$root/$room" || true)
    if [ -n "$hits" ]; then
        echo "$room must not include Qt headers:"
        echo "$hits"
        status=1
    fi
done
[ $status -eq 0 ] && echo "compute rooms are Qt-free"
exit $status
