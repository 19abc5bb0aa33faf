/** The largest top offset that still fills the viewport. */
export function maxOffset(total: number, height: number): number {
	return Math.max(0, total - Math.max(1, height));
}

export function clampOffset(offset: number, total: number, height: number): number {
	return Math.min(Math.max(0, offset), maxOffset(total, height));
}

/** How far through the text the bottom of the viewport is, 0–100. */
export function percentShown(offset: number, total: number, height: number): number {
	if (total <= height) {
		return 100;
	}

	return Math.round((Math.min(offset + height, total) / total) * 100);
}

/** The first row of a list window of `height` rows that keeps `selected` in view, moving as little as possible. */
export function scrollToShow(selected: number, top: number, height: number, total: number): number {
	if (selected < top) {
		return clampOffset(selected, total, height);
	}

	if (selected >= top + height) {
		return clampOffset(selected - height + 1, total, height);
	}

	return clampOffset(top, total, height);
}

/** Clamp an index into a list of `length` items (0 when empty). */
export function clampIndex(index: number, length: number): number {
	return Math.min(Math.max(0, index), Math.max(0, length - 1));
}
