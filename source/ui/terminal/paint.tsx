import {createContext, useContext} from 'react';
import type {Paint} from '../../core/theme/paint.js';

// Unstyled unless an app provides its theme: what tests and a terminal without escape codes get.
const PaintContext = createContext<Paint>((_role, text) => text);

/** The theme's painter for every component below it; the reader and the kiosk provide it at their root. */
export const PaintProvider = PaintContext.Provider;

/** Style text in the theme: `paint('heading', text)`. Components never name a colour themselves. */
export function usePaint(): Paint {
	return useContext(PaintContext);
}
