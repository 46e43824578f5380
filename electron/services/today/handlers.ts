import type { HandlerSlice } from '../handlers';
import { readToday, setTodayOptions } from './today';

export const todayHandlers: HandlerSlice<'today.get' | 'today.setOptions'> = {
  'today.get': (input, ctx) => readToday(ctx.db(), ctx.listBackups(), input),
  'today.setOptions': (input, ctx) => setTodayOptions(ctx.db(), input),
};
