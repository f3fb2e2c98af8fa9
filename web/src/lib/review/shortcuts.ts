/*
 * Keyboard shortcuts of the scoring workspace (docs/jury.md, "Scoring workspace"). Pure, so the
 * mapping is tested without a browser; the page listens on the window and asks these.
 */

export type ShortcutAction =
  { kind: 'next' } | { kind: 'previous' } | { kind: 'save' } | { kind: 'score'; digit: number };

/** The parts of a `KeyboardEvent` the mapping reads. */
export interface KeyPress {
  key: string;
  /** The physical key (`KeyJ`, `Digit3`, `Numpad3`): a Cyrillic layout still finds `j`. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** What `aria-keyshortcuts` announces for each action (ARIA's own key names). */
export const keyShortcuts = {
  next: 'J Alt+ArrowRight',
  previous: 'K Alt+ArrowLeft',
  save: 'S',
  score: '1 2 3 4 5 6 7 8 9 0',
} as const;

const letters: Record<string, 'next' | 'previous' | 'save'> = {
  j: 'next',
  k: 'previous',
  s: 'save',
};

/**
 * The letter a key stands for: the character it types when that is a Latin letter, else the
 * key it sits on (`KeyJ`), so jurors typing in Russian or Kazakh need not switch layouts.
 */
function letterOf(press: KeyPress): string | undefined {
  if (/^[a-z]$/i.test(press.key)) return press.key.toLowerCase();
  const physical = /^Key([A-Z])$/.exec(press.code);
  return physical ? physical[1]!.toLowerCase() : undefined;
}

function digitOf(press: KeyPress): number | undefined {
  if (/^[0-9]$/.test(press.key)) return Number(press.key);
  const physical = /^(?:Digit|Numpad)([0-9])$/.exec(press.code);
  return physical ? Number(physical[1]) : undefined;
}

/**
 * The workspace action a key press asks for, if any. Ctrl and Meta combinations belong to the
 * browser; Alt only with the arrows; Shift never (a capital is not a shortcut).
 *
 * @example shortcutOf({ key: 'о', code: 'KeyJ', altKey: false, … }) // { kind: 'next' }
 */
export function shortcutOf(press: KeyPress): ShortcutAction | undefined {
  if (press.ctrlKey || press.metaKey) return undefined;
  if (press.altKey) {
    if (press.shiftKey) return undefined;
    if (press.key === 'ArrowRight') return { kind: 'next' };
    if (press.key === 'ArrowLeft') return { kind: 'previous' };
    return undefined;
  }
  if (press.shiftKey) return undefined;
  const letter = letterOf(press);
  const action = letter === undefined ? undefined : letters[letter];
  if (action) return { kind: action };
  const digit = digitOf(press);
  return digit === undefined ? undefined : { kind: 'score', digit };
}

/**
 * The score a digit key gives on a criterion's scale: the digit itself, with 0 meaning 10 on
 * scales that reach 10 (0–10, 1–10) and 0 elsewhere; undefined when that is off the scale.
 *
 * @example scoreForDigit(0, { min: 1, max: 10 }) // 10
 * @example scoreForDigit(7, { min: 1, max: 5 }) // undefined
 */
export function scoreForDigit(
  digit: number,
  scale: { min: number; max: number },
): number | undefined {
  const value = digit === 0 && scale.min <= 10 && scale.max >= 10 ? 10 : digit;
  return value >= scale.min && value <= scale.max ? value : undefined;
}

/** The parts of an element that say whether keys typed into it are text. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs whose keys are not text: shortcuts may fire while one of them has the focus. */
const nonTextInputs = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color']);

/**
 * Whether the focused element takes typed characters (a text box, a list box that jumps to
 * the option typed, an editable region): shortcuts then stay out of the way.
 */
export function isTypingTarget(target: KeyTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !nonTextInputs.has((target.type ?? 'text').toLowerCase());
}
