/** The years each year picker offers (those with data, and the current one) and the year it opens on. */
import { useCallback, useEffect, useState } from 'react';
import type { DataYears } from '../../../../shared/years';
import { call } from '../../api';
import { notifyError } from '../../notify';

export function useDataYears(): [DataYears | null, () => Promise<DataYears>] {
  const [years, setYears] = useState<DataYears | null>(null);
  const reload = useCallback(async () => {
    const y = await call('app.years', {});
    setYears(y);
    return y;
  }, []);
  useEffect(() => {
    reload().catch(notifyError);
  }, [reload]);
  return [years, reload];
}
