// Build-time stand-in for node-emoji (emojilib's tables): clinic-read turns marked-terminal's :emoji: codes off.
// Reaching it is a bug in the build, so it says so.
export function get() {
	throw new Error('clinic-read is built without node-emoji (scripts/stubs): marked-terminal tried to insert an emoji');
}
