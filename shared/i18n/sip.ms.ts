/** School improvement plans: priorities, SMART targets, actions and reviews. */
export const sipMs = {
  title: 'Pelan Peningkatan Sekolah',
};
