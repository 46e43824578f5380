/** Targeting support: schools ranked by need, in four groups by context and results, with partner schools. */
export const supportMs = {
  title: 'Sokongan',
};
