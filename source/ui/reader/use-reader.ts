import {type Key, useApp, useInput} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {Post} from '../../core/content/post.js';
import type {ReadStateStore} from '../../core/marks/read-marks.js';
import {keyNames} from '../../core/reader/keymap.js';
import {pressKey} from '../../core/reader/press-key.js';
import {type Effect, type Environment, fitList, initialState, leavePost, noFilter, type State, type TextEntry} from '../../core/reader/state.js';

type Options = {
	readonly posts: readonly Post[];
	readonly store: ReadStateStore;
	readonly initialSlug: string | undefined;
	readonly openUrl: ((url: string) => void) | undefined;
	readonly onReload: (slug: string) => void;
	readonly environmentFor: (filter: TextEntry) => Environment;
	/** Behind the "too small" message keys do nothing, except q and Ctrl-C, which quit. */
	readonly inert: boolean;
	/** False until the article renderer is loaded: keys pressed before then wait, in order, and apply once it is. */
	readonly ready: boolean;
	/** Called after each write to the store, so a failed save can be shown (useSaveStatus). */
	readonly onSave?: () => void;
};

/**
The reader's state, driven by keys through the pure reducer. The reducer says what must happen outside the state
(save a mark or a place, open a link, quit); this hook is the one place that does it.
*/
export function useReader({posts, store, initialSlug, openUrl, onReload, environmentFor, inert, ready, onSave}: Options): State {
	const {exit} = useApp();
	const perform = (effects: readonly Effect[]) => {
		for (const effect of effects) {
			switch (effect.type) {
				case 'mark-read': {
					store.setRead(effect.slugs, effect.read);
					onSave?.();
					break;
				}

				case 'save-position': {
					store.setPosition(effect.slug, effect.position);
					onSave?.();
					break;
				}

				case 'open-url': {
					openUrl?.(effect.url);
					break;
				}

				case 'reload': {
					onReload(effect.slug);
					break;
				}

				case 'quit': {
					exit();
					break;
				}
			}
		}
	};

	const [start] = useState(() => {
		// One pass and no array per post: a catalogue of 50,000 posts waits for this before its first frame.
		const saved: Record<string, number> = {};
		const read = new Set<string>();
		for (const {slug} of posts) {
			const at = store.position(slug);
			if (at !== undefined) {
				saved[slug] = at;
			}

			if (store.isRead(slug)) {
				read.add(slug);
			}
		}

		return initialState(posts, {read, saved, ...(initialSlug ? {openSlug: initialSlug} : {})}, environmentFor(noFilter));
	});
	const [state, setState] = useState(start.state);
	// Once, after the first frame: opening a post from the shell marks it read.
	useEffect(() => {
		perform(start.effects);
	}, [start]); // eslint-disable-line react-hooks/exhaustive-deps -- perform is new each render; start never changes

	// Keys that arrive before the next render still apply, in order, to the newest state.
	const latest = useRef(state);
	useEffect(() => {
		latest.current = state;
	}, [state]);

	const onKey = (input: string, key: Key) => {
		let next = fitList(latest.current, environmentFor(latest.current.filter));
		const effects: Effect[] = [];
		const names = keyNames(input, key);
		if (inert) {
			if (names.some(name => name === 'q' || name === 'ctrl+c')) {
				perform([...leavePost(next, environmentFor(next.filter)), {type: 'quit'}]);
			}

			return;
		}

		for (const name of names) {
			const result = pressKey(next, name, environmentFor(next.filter));
			next = result.state;
			effects.push(...result.effects);
		}

		latest.current = next;
		setState(next);
		perform(effects);
	};

	const waiting = useRef<Array<readonly [string, Key]>>([]);
	useInput((input, key) => {
		if (ready) {
			onKey(input, key);
		} else {
			waiting.current.push([input, key]);
		}
	});
	useEffect(() => {
		if (ready) {
			for (const [input, key] of waiting.current.splice(0)) {
				onKey(input, key);
			}
		}
	}, [ready]); // eslint-disable-line react-hooks/exhaustive-deps -- onKey is new each render; the keys wait for ready alone

	// The terminal may have been resized since the last key: the list window follows the height it has now.
	return fitList(state, environmentFor(state.filter));
}
