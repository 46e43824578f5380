import type { HandlerSlice } from '../handlers';
import { clearLogo, getLogo, getProfile, setLogo, updateProfile } from './profile';
import { setLanguage } from './settings';
import { listTeam, saveTeam } from './team';

export const clusterHandlers: HandlerSlice<
  'profile.get' | 'profile.update' | 'profile.getLogo' | 'profile.setLogo' | 'profile.clearLogo' | 'team.list' | 'team.save' | 'settings.setLanguage'
> = {
  'profile.get': (_input, ctx) => getProfile(ctx.db()),
  'profile.update': (input, ctx) => updateProfile(ctx.db(), input),
  'profile.getLogo': async (_input, ctx) => {
    const logo = await getLogo(ctx.db());
    return logo ? { contentType: logo.contentType, dataBase64: logo.data.toString('base64') } : null;
  },
  'profile.setLogo': (input, ctx) => setLogo(ctx.db(), input),
  'profile.clearLogo': (_input, ctx) => clearLogo(ctx.db()),
  'team.list': (_input, ctx) => listTeam(ctx.db()),
  'team.save': (input, ctx) => saveTeam(ctx.db(), input),
  'settings.setLanguage': (input, ctx) => setLanguage(ctx.db(), input.language),
};
