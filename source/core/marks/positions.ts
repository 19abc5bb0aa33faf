/** Where the reader left a post: a fraction of its lines (so a new width lands on the same text), and when. */
export type Position = {readonly at: number; readonly time: string};
export type Positions = Record<string, Position>;

/** Enough for every post a clinic publishes in years; older places are dropped first. */
export const maxPositions = 1000;

function isPosition(value: unknown): value is Position {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {at, time} = value as Partial<Position>;
	return typeof at === 'number' && at >= 0 && at <= 1 && typeof time === 'string';
}

/** The positions in a parsed config.json; entries of the wrong shape are skipped, never fatal (they are a convenience). */
export function parsePositions(data: unknown): Positions {
	const positions = typeof data === 'object' && data !== null ? (data as {positions?: unknown}).positions : undefined;
	if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) {
		return {};
	}

	return Object.fromEntries(Object.entries(positions).filter(([, value]) => isPosition(value))) as Positions;
}

/** Keep the newest `limit` positions, so the file cannot grow without bound. */
export function capPositions(positions: Positions, limit = maxPositions): Positions {
	const entries = Object.entries(positions);
	if (entries.length <= limit) {
		return positions;
	}

	entries.sort(([, a], [, b]) => b.time.localeCompare(a.time));
	return Object.fromEntries(entries.slice(0, limit));
}
