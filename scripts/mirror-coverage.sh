#!/usr/bin/env bash
# How many source files have a test at the mirrored path (test/<path>.test.ts or .tsx), and which do not.
set -euo pipefail
cd "$(dirname "$0")/.."
total=0
have=0
missing=()
while read -r file; do
	total=$((total + 1))
	stem=${file#source/}
	stem=${stem%.*}
	if [ -e "test/$stem.test.ts" ] || [ -e "test/$stem.test.tsx" ]; then
		have=$((have + 1))
	else
		missing+=("$file")
	fi
done < <(find source -name '*.ts' -o -name '*.tsx' | sort)
echo "$have of $total source files have a mirrored test ($((100 * have / total))%)"
printf 'no mirrored test: %s\n' "${missing[@]}"
