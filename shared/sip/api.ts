/** School improvement plans: priorities, SMART targets, actions and reviews. */
export const sipApi = {} as const;
