import type { ReactElement } from 'react';

/** Line icons of the toolbar, 16 px, drawn in currentColor so they follow the button's state. */
const svg = (children: ReactElement | ReactElement[]): ReactElement => (
  <svg
    width="16"
    height="16"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.4"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

export const icons = {
  undo: svg([
    <path key="a" d="M5 4 2.5 6.5 5 9" />,
    <path key="b" d="M2.5 6.5h7a3.5 3.5 0 0 1 0 7H7" />,
  ]),
  redo: svg([
    <path key="a" d="m11 4 2.5 2.5L11 9" />,
    <path key="b" d="M13.5 6.5h-7a3.5 3.5 0 0 0 0 7H9" />,
  ]),
  numbered: svg([
    <path key="a" d="M7 4h7M7 8h7M7 12h7" />,
    <path
      key="b"
      d="M2.5 3h1v3M2.3 7.5h1.6L2.3 10h1.8M2.3 11.5h1.6l-.8 1 .8 1H2.3"
      strokeWidth="1"
    />,
  ]),
  bullet: svg([
    <path key="a" d="M7 4h7M7 8h7M7 12h7" />,
    <circle key="b" cx="3" cy="4" r="1" fill="currentColor" stroke="none" />,
    <circle key="c" cx="3" cy="8" r="1" fill="currentColor" stroke="none" />,
    <circle key="d" cx="3" cy="12" r="1" fill="currentColor" stroke="none" />,
  ]),
  outdent: svg([<path key="a" d="M7 4h7M7 8h7M2 12h12M4.5 5.5 2.5 7.5l2 2" />]),
  indent: svg([<path key="a" d="M7 4h7M7 8h7M2 12h12M2.5 5.5l2 2-2 2" />]),
  table: svg([
    <rect key="a" x="2" y="3" width="12" height="10" rx="1" />,
    <path key="b" d="M2 6.5h12M2 9.8h12M6 3v10M10 3v10" />,
  ]),
  tableEdit: svg([
    <rect key="a" x="2" y="3" width="12" height="10" rx="1" />,
    <path key="b" d="M2 6.5h12M6 3v10" />,
    <path key="c" d="M9 11.5 12.5 8" strokeWidth="1.8" />,
  ]),
  mention: svg([
    <circle key="a" cx="8" cy="8" r="2.6" />,
    <path key="b" d="M10.6 8v1.2a1.9 1.9 0 0 0 3.8 0V8A6.4 6.4 0 1 0 11 13.5" />,
  ]),
  vote: svg([
    <rect key="a" x="2.5" y="6.5" width="11" height="7" rx="1" />,
    <path key="b" d="M5.5 6.5V3h5v3.5M6.5 4.8h3" />,
    <path key="c" d="m6 10 1.5 1.5L10.5 8.5" />,
  ]),
  comment: svg([
    <path key="a" d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />,
    <path key="b" d="M5 6h6M5 8h4" />,
  ]),
  snippets: svg([
    <rect key="a" x="2.5" y="2.5" width="8" height="10" rx="1" />,
    <path key="b" d="M4.5 5.5h4M4.5 7.5h4M4.5 9.5h2.5" />,
    <path key="c" d="M12.5 5v8.5h-7" />,
  ]),
  find: svg([<circle key="a" cx="7" cy="7" r="4" />, <path key="b" d="m10 10 3.5 3.5" />]),
  close: svg([<path key="a" d="m4 4 8 8M12 4l-8 8" />]),
  up: svg([<path key="a" d="m4 10 4-4 4 4" />]),
  down: svg([<path key="a" d="m4 6 4 4 4-4" />]),
} as const;
