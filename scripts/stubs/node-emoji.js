// Build-time stand-in for node-emoji (emojilib's tables): clinic-read turns marked-terminal's :emoji: codes off.
export function get(code) {
	return code;
}
