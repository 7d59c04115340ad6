#!/usr/bin/env bash
# Native AOT smoke test: publish tests/aot (a small app over the library's serializers, validators, aggregation and
# analysis) with PublishAot and warnings as errors, so that a trim or AOT warning of the library fails CI, then run it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/tests/aot" "$work/app"
dotnet publish "$work/app/Aot.csproj" -c Release -r linux-x64 -o "$work/out" \
  -p:DurableEmployabilityProject="$root/src/DurableEmployability/DurableEmployability.csproj"
"$work/out/Aot"
echo "AOT smoke test passed"
