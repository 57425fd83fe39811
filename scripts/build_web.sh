#!/usr/bin/env bash
# Build the offline web map bundle: marsad/web/src + leaflet + supercluster -> marsad/web/static/.
# Needs Node.js >= 18 and npm; the npm registry is the only network access (during `npm ci`).
# The built files are not committed (marsad/web/.gitignore); the running server needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
cp node_modules/leaflet/LICENSE marsad/web/static/LICENSE.leaflet.txt
cp node_modules/supercluster/LICENSE marsad/web/static/LICENSE.supercluster.txt
cp node_modules/kdbush/LICENSE marsad/web/static/LICENSE.kdbush.txt
ls -l marsad/web/static/
