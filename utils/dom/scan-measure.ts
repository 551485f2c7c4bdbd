/** The User Timing measure each scan pass records (DESIGN.md contract), in its own module so the every-page script can record one without the engine. */
export const SCAN_MEASURE = 'context-cards:scan';
