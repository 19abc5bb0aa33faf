// Injected at the top of ink/build/output.js by scripts/patches/library-patches.js (the names it uses are that
// module's own: OutputCaches, sliceAnsi, ansiCodesToString, diffAnsiCodes). Ink 6 builds every frame from nothing;
// what one frame worked out is kept for the next, bounded, so the same screen is drawn byte for byte.
/* global OutputCaches, sliceAnsi, ansiCodesToString, diffAnsiCodes */
/* eslint-disable @typescript-eslint/no-unused-vars -- used by the patched Output class */
let keptCaches = new OutputCaches();
let keptSlices = new Map();
let keptSliceChars = 0;
const frameCaches = () => {
    if (keptCaches.styledChars.size > 300 || keptCaches.widths.size > 2000 || keptCaches.blockWidths.size > 300) {
        keptCaches = new OutputCaches();
    }
    return keptCaches;
};
const keptSlice = (line, from, to) => {
    const key = from + ':' + to + ':' + line;
    let sliced = keptSlices.get(key);
    if (sliced === undefined) {
        if (keptSlices.size > 300 || keptSliceChars > 500000) {
            keptSlices = new Map();
            keptSliceChars = 0;
        }
        sliced = sliceAnsi(line, from, to);
        keptSlices.set(key, sliced);
        keptSliceChars += key.length + sliced.length;
    }
    return sliced;
};
const sameStyles = (from, to) => {
    if (from === to) {
        return true;
    }
    if (from.length !== to.length) {
        return false;
    }
    for (let index = 0; index < from.length; index++) {
        if (from[index].code !== to[index].code) {
            return false;
        }
    }
    return true;
};
// styledCharsToString, without the diff where two neighbours have the same codes (the diff is then empty).
const charsToString = chars => {
    let text = '';
    for (let index = 0; index < chars.length; index++) {
        const char = chars[index];
        if (index === 0) {
            text += ansiCodesToString(char.styles);
        }
        else if (!sameStyles(chars[index - 1].styles, char.styles)) {
            text += ansiCodesToString(diffAnsiCodes(chars[index - 1].styles, char.styles));
        }
        text += char.value;
        if (index === chars.length - 1) {
            text += ansiCodesToString(diffAnsiCodes(char.styles, []));
        }
    }
    return text;
};
const blankCell = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
const keptRows = [];
const rowToString = (cells, y) => {
    const kept = keptRows[y];
    if (kept !== undefined && kept.cells.length === cells.length) {
        let same = true;
        for (let index = 0; index < cells.length; index++) {
            if (kept.cells[index] !== cells[index]) {
                same = false;
                break;
            }
        }
        if (same) {
            return kept.text;
        }
    }
    const text = charsToString(cells).trimEnd();
    keptRows[y] = { cells, text };
    return text;
};
