/**
 * The document kit: everything official documents share, written once. Layouts import from here, from docx
 * and from shared/ only.
 */
export * from './colours';
export * from './contents';
export * from './document';
export * from './grid';
export * from './letterhead';
export * from './page';
export * from './sign-off';
export * from './steps';
export * from './styles';
export * from './tables';
export * from './text';
