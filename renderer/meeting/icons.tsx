/**
 * The few line icons of the meeting view, drawn on a 16-unit grid in the current text colour,
 * so they follow the button's state (muted, accent, disabled).
 */
type IconName = 'plus' | 'pencil' | 'up' | 'down' | 'swap' | 'trash' | 'person' | 'grip';

const PATHS: Record<IconName, string> = {
  plus: 'M8 3v10M3 8h10',
  pencil: 'M3 13l1-3.5L10.5 3 13 5.5 6.5 12z M9.5 4l2.5 2.5',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  swap: 'M5 2v11M2 10l3 3 3-3M11 14V3M8 6l3-3 3 3',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5M7 7v4M9 7v4',
  person: 'M8 8a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM3 14c.6-2.6 2.6-4 5-4s4.4 1.4 5 4',
  grip: 'M6 4h.01M10 4h.01M6 8h.01M10 8h.01M6 12h.01M10 12h.01',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className={`pk-icon pk-icon--${name}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'grip' ? 2.2 : 1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
