// What the practices say when they end: short and kind, the same on screen and to a screen reader.

export const BREATHING_DONE = 'Well done. That was time just for you. Notice how you feel now, without needing it to be different.';
export const BREATHING_STOPPED = 'Even a few slow breaths count. Thank you for pausing.';
export const GROUNDING_DONE = 'Well done. You took a moment to arrive where you are. You can come back to this any time.';
export const PAUSED = 'Paused.';
