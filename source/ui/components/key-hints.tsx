import {Text} from 'ink';
import {keyLabel, keymap, type Action, type Screen} from '../../core/keymap.js';

type Props = {readonly screen: Screen; readonly actions: readonly Action[]};

/** A footer of the main keys, built from the keymap so it never disagrees with what the keys do. */
export function KeyHints({screen, actions}: Props) {
	const hints = actions.flatMap(action => {
		const binding = keymap.find(candidate => candidate.action === action && candidate.screens.includes(screen));
		return binding ? [`${keyLabel(binding.keys[0]!)} ${binding.help.split(' ').slice(0, 2).join(' ')}`] : [];
	});
	return <Text dimColor wrap="truncate-end">{hints.join('  ·  ')}</Text>;
}
