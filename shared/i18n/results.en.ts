import type { Dictionary } from './ms';

export const resultsEn: Dictionary['results'] = {
  title: 'Results',
  checkpointsTitle: 'Checkpoint reviews',
};
