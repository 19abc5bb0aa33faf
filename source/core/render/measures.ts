/** The readable measure: wide terminals get a centred column, not 200-column lines. */
export const maxMeasure = 100;

/** Large print's measure: about 60 columns, so a larger font still leaves whole lines (--large). */
export const largeMeasure = 60;
