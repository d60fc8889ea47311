/** Index of the first item (sorted by `start`) that starts at or after `position`: a binary search. */
export function firstAtOrAfter(list: readonly { start: number }[], position: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].start < position) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
