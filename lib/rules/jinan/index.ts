import { city } from '../city';
import { jinanContributions } from './contribution';
import { JINAN_2019 } from './documents';
import { jinanEmployee2024 } from './employee';
import { jinanResident2024 } from './resident';

export const jinan = city('jinan', '济南', { employee: () => [jinanEmployee2024()], resident: () => [jinanResident2024()] }, [JINAN_2019], jinanContributions);
