#!/usr/bin/env bash
# Run every test suite (`npm test`): type check, unit tests, build, end-to-end tests.
#
# It never stops at the first failing suite: every suite runs, then the counts are added up
# from their JSON reports in ./test-results/ and the very last line printed is
#   N passed, N failed[, N skipped]
# The exit status is non-zero when anything failed. A suite that fails without leaving a
# report (it crashed, or could not start) counts as 1 failed; so does a failed build.
# svelte-check counts as one check (1 passed or 1 failed).
set -u
cd "$(dirname "$0")/.."

RESULTS=test-results
VITEST_JSON=$RESULTS/vitest.json
PLAYWRIGHT_JSON=$RESULTS/playwright.json
mkdir -p "$RESULTS"
rm -f "$VITEST_JSON" "$PLAYWRIGHT_JSON"

passed=0
failed=0
skipped=0

section() { printf '\n=== %s ===\n' "$1"; }

# add PASSED FAILED SKIPPED
add() {
	passed=$((passed + $1))
	failed=$((failed + $2))
	skipped=$((skipped + $3))
}

# Counts from a Vitest JSON report: "passed failed skipped". A test file that failed to load
# has no failed test in it but is a failure all the same: it counts as one.
vitest_counts() {
	node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		let failed = r.numFailedTests || 0;
		for (const f of r.testResults || []) {
			const results = f.assertionResults || [];
			if (f.status === "failed" && !results.some((a) => a.status === "failed")) failed++;
		}
		console.log(r.numPassedTests || 0, failed, (r.numPendingTests || 0) + (r.numTodoTests || 0));
	' "$1"
}

# Counts from a Playwright JSON report: "passed failed skipped". Errors outside any test
# (web server did not start, config error) count as one failure.
playwright_counts() {
	node -e '
		const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		const s = r.stats || {};
		let failed = s.unexpected || 0;
		if (failed === 0 && (r.errors || []).length > 0) failed = 1;
		console.log((s.expected || 0) + (s.flaky || 0), failed, s.skipped || 0);
	' "$1"
}

# Add a suite's counts from its report; a missing or unreadable report, or a non-zero exit
# with no failure in the report, counts as 1 failed.
add_report() {
	local name=$1 status=$2 counter=$3 report=$4 counts p f s
	if [ -s "$report" ] && counts=$($counter "$report" 2>/dev/null); then
		read -r p f s <<<"$counts"
		if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
			echo "test-all: $name exited with status $status; counted as 1 failed"
			f=1
		fi
		add "$p" "$f" "$s"
	else
		echo "test-all: $name left no report ($report); counted as 1 failed"
		add 0 1 0
	fi
}

section 'svelte-kit sync'
if ! npx svelte-kit sync; then
	echo 'test-all: svelte-kit sync failed; counted as 1 failed'
	add 0 1 0
fi

section 'svelte-check'
if npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings; then
	add 1 0 0
else
	add 0 1 0
fi

section 'unit tests (Vitest)'
TZ=UTC npx vitest run --passWithNoTests \
	--reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
status=$?
add_report Vitest "$status" vitest_counts "$VITEST_JSON"

section 'build'
if ! npm run build; then
	echo 'test-all: the build failed; counted as 1 failed'
	add 0 1 0
fi

section 'end-to-end tests (Playwright)'
if [ -n "$(find tests/e2e -name '*.e2e.ts' -print -quit 2>/dev/null)" ]; then
	TZ=UTC PLAYWRIGHT_JSON_OUTPUT_NAME="$PLAYWRIGHT_JSON" \
		npx playwright test --reporter=list,json
	status=$?
	add_report Playwright "$status" playwright_counts "$PLAYWRIGHT_JSON"
else
	echo 'No end-to-end tests yet (tests/e2e/**/*.e2e.ts): 0 run.'
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary="$summary, $skipped skipped"; fi
echo
echo "$summary"
[ "$failed" -eq 0 ]
