import {createPaint, type ColorLevel} from '../../source/core/theme/paint.js';
import {type ThemeName, themes} from '../../source/core/theme/themes.js';
import {PaintProvider} from '../../source/ui/terminal/paint.js';

/** `element` painted in a theme, as the reader and the kiosk paint it (dark, 16 colours, unless told). */
export function inTheme(element: React.ReactElement, name: ThemeName = 'dark', level: ColorLevel = 1): React.ReactElement {
	return <PaintProvider value={createPaint(themes[name], level)}>{element}</PaintProvider>;
}
