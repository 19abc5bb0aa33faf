import {Text} from 'ink';
import {keyLabel, keymap, type Screen} from '../../core/keymap.js';

type Props = {readonly screen: Screen};

/** A footer of the main keys, built from the keymap so it never disagrees with what the keys do. */
export function KeyHints({screen}: Props) {
	const hints = keymap
		.filter(binding => binding.hint && binding.screens.includes(screen))
		.map(binding => `${keyLabel(binding.keys[0]!)} ${binding.hint}`);
	return <Text dimColor wrap="truncate-end">{hints.join('  ')}</Text>;
}
