#!/usr/bin/env bash
# Adds every public symbol that the PublicAPI analyzer reports as undeclared (RS0016) to
# src/DurableEmployability/PublicAPI.Unshipped.txt, so that a change of the public surface is a visible diff.
# Run it after adding public API on purpose; review the diff of PublicAPI.Unshipped.txt before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/DurableEmployability/PublicAPI.Unshipped.txt
new=$(dotnet build src/DurableEmployability --no-incremental 2>&1 \
  | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
if [ -z "$new" ]; then echo "Public API files are up to date."; exit 0; fi
{ grep -v '^#nullable enable$' "$file" || true; printf '%s\n' "$new"; } | sort -u > "$file.tmp"
{ echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
echo "Added $(printf '%s\n' "$new" | wc -l) symbols to $file."
