import type { Dictionary } from './ms';

export const wseEn: Dictionary['wse'] = {
  title: 'WSE',
  domainTitle: 'DOMAIN {{number}}: {{name}}',
};
