#!/usr/bin/env bash
# Consumer test: pack the library into a local folder, build a tiny app from tests/consumer/template that
# references the package BY VERSION from that folder (not by project reference), run it on a small dataset and
# check the figures it prints.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
dotnet pack "$root/src/DurableEmployability/DurableEmployability.csproj" -c Release --no-build -o "$work/feed"
test -f "$work/feed/DurableEmployability.$version.nupkg"
test -f "$work/feed/DurableEmployability.$version.snupkg"

cp -r "$root/tests/consumer/template" "$work/app"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$work/feed" />
  </packageSources>
</configuration>
XML
# A package cache of its own, so that a package of the same version from an earlier run is never reused.
export NUGET_PACKAGES="$work/packages"
dotnet run --project "$work/app/Consumer.csproj" -p:DurableEmployabilityVersion="$version" -- "$root/tests/consumer/sample.json" > "$work/out.txt"
cat "$work/out.txt"
grep -qx "participants 2" "$work/out.txt"
grep -qx "typologyStart.A 1" "$work/out.txt"
grep -qx "json ok" "$work/out.txt"
echo "consumer test passed"
