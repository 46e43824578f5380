import type { Dictionary } from './ms';

export const supportEn: Dictionary['support'] = {
  title: 'Support',
};
