import type { Dictionary } from './ms';

export const sipEn: Dictionary['sip'] = {
  title: 'School improvement plan',
};
