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

/** Index of `item` in `list` (sorted by `start`), found by a binary search: -1 where it is not there. */
export function indexByStart<T extends { start: number }>(list: readonly T[], item: T): number {
	for (let i = firstAtOrAfter(list, item.start); i < list.length && list[i].start === item.start; i++) if (list[i] === item) return i;
	return -1;
}
