import { city } from '../city';
import { weihaiContributions } from './contribution';
import { WEIHAI_2023_38 } from './documents';
import { weihaiEmployee2024 } from './employee';
import { weihaiResident2023 } from './resident';

export const weihai = city('weihai', '威海', { employee: () => [weihaiEmployee2024()], resident: () => [weihaiResident2023()] }, [WEIHAI_2023_38], weihaiContributions);
